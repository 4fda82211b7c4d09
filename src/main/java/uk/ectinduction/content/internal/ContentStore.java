package uk.ectinduction.content.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.ectinduction.content.Audience;
import uk.ectinduction.content.ImportReport.ImportedPage;
import uk.ectinduction.content.ImportReport.Outcome;
import uk.ectinduction.content.internal.Importer.AssetSource;
import uk.ectinduction.content.internal.Importer.PageSource;

/**
 * Writes an import run with batched statements: a handful of round trips however many pages, so a
 * 700-page tree takes seconds. Called inside the run's one transaction.
 */
@Repository
class ContentStore {

    private static final int BATCH = 500;
    private final JdbcTemplate jdbc;
    private final ProgrammeTreeStore tree;
    private final PooledSequence pageIds;
    private final PooledSequence versionIds;

    ContentStore(JdbcTemplate jdbc, ProgrammeTreeStore tree) {
        this.jdbc = jdbc;
        this.tree = tree;
        this.pageIds = PooledSequence.of(jdbc, "content_page_id_seq");
        this.versionIds = PooledSequence.of(jdbc, "page_version_id_seq");
    }

    interface Progress {
        void update(int done, int total);
    }

    /** Of these app paths, those that already name a page or an asset. */
    Set<String> existingPaths(Set<String> paths) {
        if (paths.isEmpty()) {
            return Set.of();
        }
        String[] wanted = paths.toArray(String[]::new);
        return new LinkedHashSet<>(jdbc.queryForList(
                "select url_path from content_page where url_path = any(?) "
                        + "union select '/programmes/' || path from content_asset where '/programmes/' || path = any(?)",
                String.class,
                wanted,
                wanted));
    }

    List<ImportedPage> save(
            List<PageSource> pages, List<AssetSource> assets, Map<String, String> names, Progress progress) {
        int total = pages.size() + assets.size();
        saveAssets(assets);
        progress.update(assets.size(), total);

        ProgrammeLayout layout = ProgrammeLayout.of(pages, names);
        ProgrammeTreeStore.TreeIds treeIds = tree.save(layout);
        Map<String, Long> programmeIds = treeIds.programmes();
        Map<String, Long> moduleIds = treeIds.modules();
        Map<String, Long> weekIds = treeIds.weeks();

        // Pages: insert the new, update the known; a new version only where the source changed.
        Map<String, StoredPage> existing = new HashMap<>();
        String[] paths = pages.stream().map(PageSource::sourcePath).toArray(String[]::new);
        jdbc.query(
                "select p.id, p.source_path, v.version_number, v.source_sha256 from content_page p "
                        + "left join page_version v on v.id = p.current_version_id where p.source_path = any(?)",
                rs -> {
                    existing.put(rs.getString(2), new StoredPage(rs.getLong(1), rs.getInt(3), rs.getString(4)));
                },
                (Object) paths);
        List<PageSource> fresh = pages.stream()
                .filter(p -> !existing.containsKey(p.sourcePath()))
                .toList();
        List<Long> freshIds = pageIds.next(fresh.size());
        Map<String, Long> ids = new HashMap<>();
        existing.forEach((path, stored) -> ids.put(path, stored.id()));
        for (int i = 0; i < fresh.size(); i++) {
            ids.put(fresh.get(i).sourcePath(), freshIds.get(i));
        }

        List<Object[]> pageInserts = new ArrayList<>();
        List<Object[]> pageUpdates = new ArrayList<>();
        List<PageSource> versioned = new ArrayList<>();
        Map<String, String> shas = new HashMap<>();
        for (PageSource page : pages) {
            PagePlacement place = page.place();
            Long moduleId = place.moduleKey() == null ? null : moduleIds.get(place.moduleKey());
            Integer week = layout.week(page);
            Long weekId = week == null ? null : weekIds.get(ProgrammeLayout.weekKey(place.moduleKey(), week));
            Audience audience = place.audience(page.parsed().frontMatter());
            String partKind = place.partKind(audience);
            long id = ids.get(page.sourcePath());
            if (existing.containsKey(page.sourcePath())) {
                pageUpdates.add(new Object[] {
                    moduleId, weekId, place.kind().name(), partKind, audience.name(), layout.position(page), id
                });
            } else {
                pageInserts.add(new Object[] {
                    id,
                    programmeIds.get(place.programmeSlug()),
                    moduleId,
                    weekId,
                    page.sourcePath(),
                    page.urlPath(),
                    place.kind().name(),
                    partKind,
                    audience.name(),
                    layout.firstPosition(page)
                });
            }
            String sha = sha256(page.text().getBytes(StandardCharsets.UTF_8));
            shas.put(page.sourcePath(), sha);
            StoredPage stored = existing.get(page.sourcePath());
            if (stored == null || !sha.equals(stored.sha256())) {
                versioned.add(page);
            }
        }
        batch(
                "insert into content_page (id, programme_id, module_id, week_id, source_path, url_path, kind, "
                        + "part_kind, audience, position) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                pageInserts);
        batch(
                "update content_page set module_id = ?, week_id = ?, kind = ?, part_kind = ?, audience = ?, "
                        + "position = coalesce(?, position) where id = ?",
                pageUpdates);

        Map<String, Integer> versionNumbers = saveVersions(
                versioned, existing, ids, shas, () -> progress.update(assets.size() + pages.size() / 2, total));
        progress.update(total, total);

        List<ImportedPage> imported = new ArrayList<>();
        for (PageSource page : pages) {
            StoredPage stored = existing.get(page.sourcePath());
            Outcome outcome = stored == null
                    ? Outcome.NEW
                    : versionNumbers.containsKey(page.sourcePath()) ? Outcome.NEW_VERSION : Outcome.UNCHANGED;
            int version = versionNumbers.getOrDefault(page.sourcePath(), stored == null ? 1 : stored.version());
            imported.add(new ImportedPage(page.parsed().title(), page.urlPath(), outcome, version));
        }
        return imported;
    }

    /** A page already in the database: its id, and its current version's number and source checksum. */
    private record StoredPage(long id, int version, String sha256) {}

    /** Writes a new version of each page, with its sections and intentions; the version numbers, by source path. */
    private Map<String, Integer> saveVersions(
            List<PageSource> versioned,
            Map<String, StoredPage> existing,
            Map<String, Long> pageIdsByPath,
            Map<String, String> shas,
            Runnable halfway) {
        List<Long> newIds = versionIds.next(versioned.size());
        List<Object[]> versions = new ArrayList<>();
        List<Object[]> sections = new ArrayList<>();
        List<Object[]> intentions = new ArrayList<>();
        List<Object[]> handoutLinks = new ArrayList<>();
        List<Object[]> current = new ArrayList<>();
        Map<String, Integer> versionNumbers = new HashMap<>();
        for (int i = 0; i < versioned.size(); i++) {
            PageSource page = versioned.get(i);
            ParsedPage parsed = page.parsed();
            long versionId = newIds.get(i);
            StoredPage stored = existing.get(page.sourcePath());
            int number = stored == null ? 1 : stored.version() + 1;
            versionNumbers.put(page.sourcePath(), number);
            Map<String, String> fm = parsed.frontMatter();
            SearchText search = SearchText.of(parsed.sections());
            versions.add(new Object[] {
                versionId,
                pageIdsByPath.get(page.sourcePath()),
                number,
                parsed.title(),
                parsed.heading(),
                parsed.caption(),
                parsed.statedMinutes(),
                fm.get("previous_title"),
                fm.get("previous_path"),
                fm.get("next_title"),
                fm.get("next_path"),
                page.text(),
                shas.get(page.sourcePath()),
                search.headings(),
                search.body()
            });
            for (ParsedPage.Section s : parsed.sections()) {
                sections.add(new Object[] {
                    versionId,
                    s.position(),
                    s.kind().name(),
                    s.heading(),
                    s.headingLevel(),
                    s.name(),
                    s.minutes(),
                    s.audience() == null ? null : s.audience().name(),
                    s.weekNumber(),
                    s.markdown(),
                    s.html()
                });
            }
            for (ParsedPage.HandoutLink link : parsed.handoutLinks()) {
                handoutLinks.add(new Object[] {
                    versionId,
                    link.assetPath(),
                    link.audience() == null ? null : link.audience().name()
                });
            }
            for (ParsedPage.Intention li : parsed.intentions()) {
                intentions.add(new Object[] {
                    versionId, li.sectionPosition(), li.position(), li.kind().name(), li.stem(), li.code(), li.text()
                });
            }
            current.add(new Object[] {versionId, pageIdsByPath.get(page.sourcePath())});
        }
        batch(
                "insert into page_version (id, page_id, version_number, title, heading, caption, stated_minutes, "
                        + "previous_title, previous_path, next_title, next_path, source_markdown, source_sha256, "
                        + "search_headings, search_text) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                versions);
        halfway.run();
        batch(
                "insert into page_section (version_id, position, kind, heading, heading_level, name, minutes, "
                        + "audience, week_number, body_markdown, body_html) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                sections);
        batch(
                "insert into learning_intention (version_id, section_position, position, kind, stem, code, text) "
                        + "values (?, ?, ?, ?, ?, ?, ?)",
                intentions);
        batch("insert into page_asset_link (version_id, asset_path, audience) values (?, ?, ?)", handoutLinks);
        batch("update content_page set current_version_id = ? where id = ?", current);
        return versionNumbers;
    }

    private void saveAssets(List<AssetSource> assets) {
        List<Object[]> rows = new ArrayList<>();
        for (AssetSource asset : assets) {
            rows.add(new Object[] {asset.path(), asset.type().contentType(), sha256(asset.bytes()), asset.bytes()});
        }
        batch(
                "insert into content_asset (path, content_type, sha256, bytes) values (?, ?, ?, ?) "
                        + "on conflict (path) do update set content_type = excluded.content_type, sha256 = excluded.sha256, "
                        + "bytes = excluded.bytes, imported_at = now() where content_asset.sha256 <> excluded.sha256",
                rows);
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
