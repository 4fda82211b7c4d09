package uk.ectinduction.content.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
import uk.ectinduction.system.PooledSequence;

/**
 * Writes an import run with batched statements: a handful of round trips however many pages, so a
 * 700-page tree takes seconds. Called inside the run's one transaction.
 */
@Repository
class ContentStore {

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

    /** Saves the run's pages and handouts; {@code actorId} is the admin who ran it, null from the command line. */
    List<ImportedPage> save(
            List<PageSource> pages,
            List<AssetSource> assets,
            Map<String, String> names,
            Long actorId,
            Progress progress) {
        int total = pages.size() + assets.size();
        saveAssets(assets);
        progress.update(assets.size(), total);

        ProgrammeLayout layout = ProgrammeLayout.of(pages, names);
        ProgrammeTreeStore.TreeIds treeIds = tree.save(layout);
        Map<String, Long> programmeIds = treeIds.programmes();
        Map<String, Long> moduleIds = treeIds.modules();
        Map<String, Long> weekIds = treeIds.weeks();
        saveProgrammeAssets(assets, programmeIds.values());

        // Pages: insert the new, update the known; a new version only where the source changed.
        Map<String, StoredPage> existing = new HashMap<>();
        String[] paths = pages.stream().map(PageSource::sourcePath).toArray(String[]::new);
        jdbc.query(
                "select p.id, p.source_path, (select max(version_number) from page_version where page_id = p.id), "
                        + "v.version_number, v.source_sha256, d.version_number from content_page p "
                        + "left join page_version v on v.id = coalesce(p.current_version_id, p.withdrawn_version_id) "
                        + "left join page_version d on d.id = p.draft_version_id "
                        // Locked, so that an editor saving one of these pages waits for the import, or it for them.
                        + "where p.source_path = any(?) for update of p",
                rs -> {
                    existing.put(
                            rs.getString(2),
                            new StoredPage(
                                    rs.getLong(1),
                                    rs.getInt(3),
                                    rs.getInt(4),
                                    rs.getString(5),
                                    rs.getObject(6, Integer.class)));
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
            String sha = VersionRows.sha256(page.text().getBytes(StandardCharsets.UTF_8));
            StoredPage stored = existing.get(page.sourcePath());
            if (stored == null || !sha.equals(stored.sha256())) {
                versioned.add(page);
            }
        }
        VersionRows.batch(
                jdbc,
                "insert into content_page (id, programme_id, module_id, week_id, source_path, url_path, kind, "
                        + "part_kind, audience, position) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                pageInserts);
        VersionRows.batch(
                jdbc,
                "update content_page set module_id = ?, week_id = ?, kind = ?, part_kind = ?, audience = ?, "
                        + "position = coalesce(?, position) where id = ?",
                pageUpdates);

        Map<String, Integer> versionNumbers = saveVersions(
                versioned, existing, ids, actorId, () -> progress.update(assets.size() + pages.size() / 2, total));
        progress.update(total, total);

        List<ImportedPage> imported = new ArrayList<>();
        for (PageSource page : pages) {
            StoredPage stored = existing.get(page.sourcePath());
            Outcome outcome = stored == null
                    ? Outcome.NEW
                    : versionNumbers.containsKey(page.sourcePath()) ? Outcome.NEW_VERSION : Outcome.UNCHANGED;
            int version = versionNumbers.getOrDefault(page.sourcePath(), stored == null ? 1 : stored.live());
            Integer keptDraft = outcome == Outcome.NEW_VERSION ? stored.draft() : null;
            imported.add(new ImportedPage(page.parsed().title(), page.urlPath(), outcome, version, keptDraft));
        }
        return imported;
    }

    /** A new id for a page an admin makes. */
    long newPageId() {
        return pageIds.next(1).get(0);
    }

    /**
     * Writes a new current version of one page from its new source (a page an admin made or renamed), numbered
     * after every version the page has, and returns its number. It is recorded as imported by the admin: the text
     * comes from the structure, not from an editor.
     */
    int saveVersion(long pageId, PageSource page, Long actorId) {
        int latest = jdbc.queryForObject(
                "select coalesce(max(version_number), 0) from page_version where page_id = ?", Integer.class, pageId);
        String path = page.sourcePath();
        return saveVersions(
                        List.of(page),
                        Map.of(path, new StoredPage(pageId, latest, latest, null, null)),
                        Map.of(path, pageId),
                        actorId,
                        () -> {})
                .get(path);
    }

    /**
     * A page already in the database: its id, the highest version number it has (drafts too), the checksum of the
     * source its readers see (or saw, if it was taken down), and its pending draft's number, if any.
     */
    private record StoredPage(long id, int latest, int live, String sha256, Integer draft) {}

    /**
     * Writes a new version of each page, with its sections and intentions, and makes it the live one; the version
     * numbers, by source path. A pending draft stays as it is, for its editor to publish or drop.
     */
    private Map<String, Integer> saveVersions(
            List<PageSource> versioned,
            Map<String, StoredPage> existing,
            Map<String, Long> pageIdsByPath,
            Long actorId,
            Runnable halfway) {
        List<Long> newIds = versionIds.next(versioned.size());
        VersionRows rows = new VersionRows();
        List<Object[]> current = new ArrayList<>();
        Map<String, Integer> versionNumbers = new HashMap<>();
        for (int i = 0; i < versioned.size(); i++) {
            PageSource page = versioned.get(i);
            long versionId = newIds.get(i);
            StoredPage stored = existing.get(page.sourcePath());
            int number = stored == null ? 1 : stored.latest() + 1;
            versionNumbers.put(page.sourcePath(), number);
            long pageId = pageIdsByPath.get(page.sourcePath());
            rows.add(versionId, pageId, number, page.text(), page.parsed(), VersionRows.Origin.imported(actorId));
            current.add(new Object[] {versionId, pageId});
        }
        rows.write(jdbc, halfway);
        // The import publishes what it brings, a page taken down included; editors holding the old text must look.
        VersionRows.batch(
                jdbc,
                "update content_page set current_version_id = ?, withdrawn_version_id = null, unpublished_at = null, "
                        + "unpublished_by = null, lock_version = lock_version + 1 where id = ?",
                current);
        return versionNumbers;
    }

    private void saveAssets(List<AssetSource> assets) {
        List<Object[]> rows = new ArrayList<>();
        for (AssetSource asset : assets) {
            rows.add(new Object[] {
                asset.path(), asset.type().contentType(), VersionRows.sha256(asset.bytes()), asset.bytes()
            });
        }
        VersionRows.batch(
                jdbc,
                "insert into content_asset (path, content_type, sha256, bytes) values (?, ?, ?, ?) "
                        + "on conflict (path) do update set content_type = excluded.content_type, sha256 = excluded.sha256, "
                        + "bytes = excluded.bytes, imported_at = now() where content_asset.sha256 <> excluded.sha256",
                rows);
    }

    /** Each handout of the run belongs to the run's programmes too, so their exports give it back. */
    private void saveProgrammeAssets(List<AssetSource> assets, Collection<Long> programmeIds) {
        List<Object[]> rows = new ArrayList<>();
        for (Long programmeId : programmeIds) {
            assets.forEach(asset -> rows.add(new Object[] {programmeId, asset.path()}));
        }
        VersionRows.batch(
                jdbc,
                "insert into programme_asset (programme_id, asset_path) values (?, ?) on conflict do nothing",
                rows);
    }
}
