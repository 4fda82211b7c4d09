package uk.ectinduction.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.ectinduction.content.ContentImporter.AssetSource;
import uk.ectinduction.content.ContentImporter.PageSource;
import uk.ectinduction.content.ImportReport.ImportedPage;
import uk.ectinduction.content.ImportReport.Outcome;

/**
 * Writes an import run with batched statements: a handful of round trips however many pages, so a
 * 700-page tree takes seconds. Called inside the run's one transaction.
 */
@Repository
class ContentStore {

    private static final Pattern WEEK_IN_NAME = Pattern.compile(
            "(?:^|-)(?:week|training-session|session)-(\\d{1,2})(?:-|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TERM_IN_NAME = Pattern.compile("^(autumn|spring|summer)-", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_IN_SLUG = Pattern.compile("^year-(\\d)\\b");
    private static final Pattern YEAR_TERM = Pattern.compile("year\\s*(\\d)\\D+?(autumn|spring|summer)",
            Pattern.CASE_INSENSITIVE);
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;

    ContentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
                String.class, wanted, wanted));
    }

    List<ImportedPage> save(List<PageSource> pages, List<AssetSource> assets, Map<String, String> names,
            Progress progress) {
        int total = pages.size() + assets.size();
        saveAssets(assets);
        progress.update(assets.size(), total);

        Map<String, Long> programmeIds = saveProgrammes(pages, names);
        Map<String, ModuleListing> listings = listedModules(pages);
        Map<String, Long> moduleIds = saveModules(pages, names, listings, programmeIds);
        Map<String, PageSource> modulePages = new HashMap<>();
        for (PageSource page : pages) {
            if (page.kind().equals("MODULE")) {
                modulePages.put(page.programmeSlug() + "/" + page.moduleSlug(), page);
            }
        }

        // Where each part goes: its week (by file name, else where the module page links it) and position.
        Map<String, Integer> partWeek = new HashMap<>();
        Map<String, Integer> partPosition = new HashMap<>();
        Map<String, Integer> fallbackOrder = new HashMap<>();
        List<PageSource> sorted = new ArrayList<>(pages);
        sorted.sort(Comparator.comparing(PageSource::sourcePath));
        for (int i = 0; i < sorted.size(); i++) {
            fallbackOrder.put(sorted.get(i).sourcePath(), 1000 + i);
        }
        for (PageSource page : pages) {
            if (!page.kind().equals("PART")) {
                continue;
            }
            PageSource modulePage = modulePages.get(page.programmeSlug() + "/" + page.moduleSlug());
            Integer week = weekFromName(page.fileName());
            Integer position = null;
            if (modulePage != null) {
                List<ParsedPage.InternalLink> links = modulePage.parsed().links();
                for (int i = 0; i < links.size(); i++) {
                    if (links.get(i).target().equals(page.urlPath())) {
                        position = i;
                        if (week == null) {
                            week = links.get(i).weekNumber();
                        }
                        break;
                    }
                }
                if (position == null) {
                    position = fallbackOrder.get(page.sourcePath());
                }
            }
            partWeek.put(page.sourcePath(), week);
            partPosition.put(page.sourcePath(), position);
        }
        Map<String, Long> weekIds = saveWeeks(pages, modulePages, partWeek, moduleIds);

        // Pages: insert the new, update the known; a new version only where the source changed.
        Map<String, long[]> existing = new HashMap<>(); // source path -> page id, current version number
        Map<String, String> existingSha = new HashMap<>();
        String[] paths = pages.stream().map(PageSource::sourcePath).toArray(String[]::new);
        jdbc.query("select p.id, p.source_path, v.version_number, v.source_sha256 from content_page p "
                + "left join page_version v on v.id = p.current_version_id where p.source_path = any(?)", rs -> {
                    existing.put(rs.getString(2), new long[] {rs.getLong(1), rs.getInt(3)});
                    existingSha.put(rs.getString(2), rs.getString(4));
                }, (Object) paths);
        List<PageSource> fresh = pages.stream().filter(p -> !existing.containsKey(p.sourcePath())).toList();
        List<Long> freshIds = nextIds("content_page_id_seq", fresh.size());
        Map<String, Long> pageIds = new HashMap<>();
        existing.forEach((path, row) -> pageIds.put(path, row[0]));
        for (int i = 0; i < fresh.size(); i++) {
            pageIds.put(fresh.get(i).sourcePath(), freshIds.get(i));
        }

        List<Object[]> pageInserts = new ArrayList<>();
        List<Object[]> pageUpdates = new ArrayList<>();
        List<PageSource> versioned = new ArrayList<>();
        Map<String, String> shas = new HashMap<>();
        for (PageSource page : pages) {
            String moduleKey = page.moduleSlug() == null ? null : page.programmeSlug() + "/" + page.moduleSlug();
            Long moduleId = moduleKey == null ? null : moduleIds.get(moduleKey);
            Integer week = partWeek.get(page.sourcePath());
            Long weekId = week == null ? null : weekIds.get(moduleKey + "#" + week);
            Audience audience = audienceOf(page);
            String partKind = page.kind().equals("PART") ? partKind(page.fileName(), audience) : null;
            Integer position = partPosition.get(page.sourcePath());
            long id = pageIds.get(page.sourcePath());
            if (existing.containsKey(page.sourcePath())) {
                pageUpdates.add(new Object[] {moduleId, weekId, page.kind(), partKind, audience.name(), position, id});
            } else {
                pageInserts.add(new Object[] {id, programmeIds.get(page.programmeSlug()), moduleId, weekId,
                        page.sourcePath(), page.urlPath(), page.kind(), partKind, audience.name(),
                        position == null ? fallbackOrder.get(page.sourcePath()) : position});
            }
            String sha = sha256(page.text());
            shas.put(page.sourcePath(), sha);
            if (!sha.equals(existingSha.get(page.sourcePath()))) {
                versioned.add(page);
            }
        }
        batch("insert into content_page (id, programme_id, module_id, week_id, source_path, url_path, kind, "
                + "part_kind, audience, position) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", pageInserts);
        batch("update content_page set module_id = ?, week_id = ?, kind = ?, part_kind = ?, audience = ?, "
                + "position = coalesce(?, position) where id = ?", pageUpdates);

        List<Long> versionIds = nextIds("page_version_id_seq", versioned.size());
        List<Object[]> versions = new ArrayList<>();
        List<Object[]> sections = new ArrayList<>();
        List<Object[]> intentions = new ArrayList<>();
        List<Object[]> handoutLinks = new ArrayList<>();
        List<Object[]> current = new ArrayList<>();
        Map<String, Integer> versionNumbers = new HashMap<>();
        for (int i = 0; i < versioned.size(); i++) {
            PageSource page = versioned.get(i);
            ParsedPage parsed = page.parsed();
            long versionId = versionIds.get(i);
            long[] known = existing.get(page.sourcePath());
            int number = known == null ? 1 : (int) known[1] + 1;
            versionNumbers.put(page.sourcePath(), number);
            Map<String, String> fm = parsed.frontMatter();
            versions.add(new Object[] {versionId, pageIds.get(page.sourcePath()), number, parsed.title(),
                    parsed.heading(), parsed.caption(), parsed.statedMinutes(), fm.get("previous_title"),
                    fm.get("previous_path"), fm.get("next_title"), fm.get("next_path"), page.text(),
                    shas.get(page.sourcePath())});
            for (ParsedPage.Section s : parsed.sections()) {
                sections.add(new Object[] {versionId, s.position(), s.kind().name(), s.heading(), s.headingLevel(),
                        s.name(), s.minutes(), s.audience() == null ? null : s.audience().name(), s.weekNumber(),
                        s.markdown(), s.html()});
            }
            for (ParsedPage.HandoutLink link : parsed.handoutLinks()) {
                handoutLinks.add(new Object[] {versionId, link.assetPath(),
                        link.audience() == null ? null : link.audience().name()});
            }
            for (ParsedPage.Intention li : parsed.intentions()) {
                intentions.add(new Object[] {versionId, li.sectionPosition(), li.position(), li.kind().name(),
                        li.stem(), li.code(), li.text()});
            }
            current.add(new Object[] {versionId, pageIds.get(page.sourcePath())});
        }
        batch("insert into page_version (id, page_id, version_number, title, heading, caption, stated_minutes, "
                + "previous_title, previous_path, next_title, next_path, source_markdown, source_sha256) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", versions);
        progress.update(assets.size() + pages.size() / 2, total);
        batch("insert into page_section (version_id, position, kind, heading, heading_level, name, minutes, "
                + "audience, week_number, body_markdown, body_html) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                sections);
        batch("insert into learning_intention (version_id, section_position, position, kind, stem, code, text) "
                + "values (?, ?, ?, ?, ?, ?, ?)", intentions);
        batch("insert into page_asset_link (version_id, asset_path, audience) values (?, ?, ?)", handoutLinks);
        batch("update content_page set current_version_id = ? where id = ?", current);
        progress.update(total, total);

        List<ImportedPage> imported = new ArrayList<>();
        for (PageSource page : pages) {
            long[] known = existing.get(page.sourcePath());
            Outcome outcome = known == null ? Outcome.NEW
                    : versionNumbers.containsKey(page.sourcePath()) ? Outcome.NEW_VERSION : Outcome.UNCHANGED;
            int version = versionNumbers.getOrDefault(page.sourcePath(), known == null ? 1 : (int) known[1]);
            imported.add(new ImportedPage(page.parsed().title(), page.urlPath(), outcome, version));
        }
        return imported;
    }

    private void saveAssets(List<AssetSource> assets) {
        List<Object[]> rows = new ArrayList<>();
        for (AssetSource asset : assets) {
            rows.add(new Object[] {asset.path(), asset.type().contentType(), sha256(asset.bytes()), asset.bytes()});
        }
        batch("insert into content_asset (path, content_type, sha256, bytes) values (?, ?, ?, ?) "
                + "on conflict (path) do update set content_type = excluded.content_type, sha256 = excluded.sha256, "
                + "bytes = excluded.bytes, imported_at = now() where content_asset.sha256 <> excluded.sha256", rows);
    }

    private Map<String, Long> saveProgrammes(List<PageSource> pages, Map<String, String> names) {
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, Boolean> known = new HashMap<>();
        for (PageSource page : pages) {
            String slug = page.programmeSlug();
            if (page.kind().equals("PROGRAMME")) {
                titles.put(slug, page.parsed().title());
                known.put(slug, true);
            } else if (!titles.containsKey(slug)) {
                titles.put(slug, names.getOrDefault(slug, ContentImporter.titleFromSlug(slug)));
                known.put(slug, names.containsKey(slug));
            }
        }
        Map<String, Long> ids = new HashMap<>();
        titles.forEach((slug, title) -> ids.put(slug, jdbc.queryForObject(
                "insert into programme (slug, title) values (?, ?) on conflict (slug) do update "
                        + "set title = case when ? then excluded.title else programme.title end returning id",
                Long.class, slug, title, known.get(slug))));
        return ids;
    }

    record ModuleListing(String title, Integer year, String term, int position) {
    }

    /** Modules a programme page lists under "Year 1: Summer term" headings, keyed programme/module. */
    private Map<String, ModuleListing> listedModules(List<PageSource> pages) {
        Map<String, ModuleListing> listings = new HashMap<>();
        for (PageSource page : pages) {
            if (!page.kind().equals("PROGRAMME")) {
                continue;
            }
            List<ParsedPage.Section> sections = page.parsed().sections();
            Integer[] yearOf = new Integer[sections.size()];
            String[] termOf = new String[sections.size()];
            Integer year = null;
            String term = null;
            for (ParsedPage.Section s : sections) {
                if (s.heading() != null) {
                    Matcher m = YEAR_TERM.matcher(s.heading());
                    if (m.find()) {
                        year = Integer.valueOf(m.group(1));
                        term = m.group(2).toUpperCase(Locale.ROOT);
                    }
                }
                yearOf[s.position()] = year;
                termOf[s.position()] = term;
            }
            int position = 0;
            for (ParsedPage.InternalLink link : page.parsed().links()) {
                String rest = link.target().substring("/programmes/".length());
                String[] parts = rest.split("/");
                if (parts.length == 2 && parts[0].equals(page.programmeSlug())) {
                    int at = Math.max(0, Math.min(link.sectionPosition(), sections.size() - 1));
                    listings.putIfAbsent(rest, new ModuleListing(link.text(), sections.isEmpty() ? null : yearOf[at],
                            sections.isEmpty() ? null : termOf[at], position++));
                }
            }
        }
        return listings;
    }

    private Map<String, Long> saveModules(List<PageSource> pages, Map<String, String> names,
            Map<String, ModuleListing> listings, Map<String, Long> programmeIds) {
        Map<String, PageSource> byModule = new LinkedHashMap<>();
        Map<String, String> terms = new HashMap<>();
        for (PageSource page : pages) {
            if (page.moduleSlug() == null) {
                continue;
            }
            String key = page.programmeSlug() + "/" + page.moduleSlug();
            if (page.kind().equals("MODULE") || !byModule.containsKey(key)) {
                byModule.put(key, page);
            }
            Matcher term = TERM_IN_NAME.matcher(page.fileName());
            if (term.find()) {
                terms.putIfAbsent(key, term.group(1).toUpperCase(Locale.ROOT));
            }
        }
        Map<String, Long> ids = new HashMap<>();
        for (Map.Entry<String, PageSource> entry : byModule.entrySet()) {
            String key = entry.getKey();
            PageSource page = entry.getValue();
            ModuleListing listing = listings.get(key);
            String title;
            boolean strong = true;
            if (listing != null && !listing.title().isBlank()) {
                title = listing.title();
            } else if (page.kind().equals("MODULE")) {
                title = page.parsed().heading() != null ? page.parsed().heading() : page.parsed().title();
            } else if (names.containsKey(key)) {
                title = names.get(key);
            } else {
                title = ContentImporter.titleFromSlug(page.moduleSlug());
                strong = false;
            }
            Matcher y = YEAR_IN_SLUG.matcher(page.moduleSlug());
            Integer year = listing != null && listing.year() != null ? listing.year()
                    : y.find() ? Integer.valueOf(y.group(1)) : null;
            String term = listing != null && listing.term() != null ? listing.term() : terms.get(key);
            ids.put(key, jdbc.queryForObject(
                    "insert into induction_module (programme_id, slug, title, year, term, position) "
                            + "values (?, ?, ?, ?, ?, ?) on conflict (programme_id, slug) do update set "
                            + "title = case when ? then excluded.title else induction_module.title end, "
                            + "year = coalesce(excluded.year, induction_module.year), "
                            + "term = coalesce(excluded.term, induction_module.term), "
                            + "position = case when ? then excluded.position else induction_module.position end "
                            + "returning id",
                    Long.class, programmeIds.get(page.programmeSlug()), page.moduleSlug(), title, year, term,
                    listing == null ? 0 : listing.position(), strong, listing != null));
        }
        // A programme page names the year and term of modules imported earlier, too.
        List<Object[]> listed = new ArrayList<>();
        listings.forEach((key, listing) -> {
            if (!ids.containsKey(key)) {
                String[] parts = key.split("/");
                Long programmeId = programmeIds.get(parts[0]);
                if (programmeId != null) {
                    listed.add(new Object[] {listing.year(), listing.term(), listing.position(), programmeId, parts[1]});
                }
            }
        });
        batch("update induction_module set year = coalesce(?, year), term = coalesce(?, term), position = ? "
                + "where programme_id = ? and slug = ?", listed);
        return ids;
    }

    private Map<String, Long> saveWeeks(List<PageSource> pages, Map<String, PageSource> modulePages,
            Map<String, Integer> partWeek, Map<String, Long> moduleIds) {
        Map<String, String> titles = new LinkedHashMap<>(); // module#number -> title from the module page
        Map<String, String> terms = new HashMap<>();
        modulePages.forEach((moduleKey, modulePage) -> {
            for (ParsedPage.Section s : modulePage.parsed().sections()) {
                if (s.weekNumber() != null && s.audience() == null && s.heading() != null) {
                    titles.putIfAbsent(moduleKey + "#" + s.weekNumber(), s.heading());
                }
            }
        });
        Map<String, Boolean> needed = new LinkedHashMap<>();
        titles.keySet().forEach(k -> needed.put(k, true));
        for (PageSource page : pages) {
            Integer week = partWeek.get(page.sourcePath());
            if (week != null) {
                String key = page.programmeSlug() + "/" + page.moduleSlug() + "#" + week;
                needed.putIfAbsent(key, false);
                Matcher term = TERM_IN_NAME.matcher(page.fileName());
                if (term.find()) {
                    terms.putIfAbsent(key, term.group(1).toUpperCase(Locale.ROOT));
                }
            }
        }
        Map<String, Long> ids = new HashMap<>();
        needed.forEach((key, fromModulePage) -> {
            String moduleKey = key.substring(0, key.lastIndexOf('#'));
            int number = Integer.parseInt(key.substring(key.lastIndexOf('#') + 1));
            String title = titles.getOrDefault(key, number == 0 ? "Module introduction" : "Week " + number);
            ids.put(key, jdbc.queryForObject("insert into week (module_id, number, title, term) values (?, ?, ?, ?) "
                    + "on conflict (module_id, number) do update set "
                    + "title = case when ? then excluded.title else week.title end, "
                    + "term = coalesce(excluded.term, week.term) returning id",
                    Long.class, moduleIds.get(moduleKey), number, title, terms.get(key), fromModulePage));
        });
        return ids;
    }

    static Integer weekFromName(String fileName) {
        if (fileName.toLowerCase(Locale.ROOT).startsWith("intro-")) {
            return 0;
        }
        Matcher m = WEEK_IN_NAME.matcher(fileName);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static Audience audienceOf(PageSource page) {
        if (!page.kind().equals("PART")) {
            return Audience.ALL;
        }
        String declared = page.parsed().frontMatter().get("audience");
        if (declared != null) {
            return Audience.parse(declared).orElse(Audience.ECT);
        }
        String name = page.fileName().toLowerCase(Locale.ROOT);
        if (name.contains("tutor") || name.contains("training-session")) {
            return Audience.INDUCTION_TUTOR;
        }
        if (name.contains("mentor")) {
            return Audience.MENTOR;
        }
        return Audience.ECT;
    }

    private static String partKind(String fileName, Audience audience) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.startsWith("intro-")) {
            return "INTRO";
        }
        if (name.contains("reflection")) {
            return "REFLECTION";
        }
        return switch (audience) {
            case MENTOR -> "MENTOR_MATERIALS";
            case INDUCTION_TUTOR -> "INDUCTION_TUTOR_MATERIALS";
            default -> "ECT_SELF_STUDY";
        };
    }

    private List<Long> nextIds(String sequence, int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.queryForList("select nextval('" + sequence + "') from generate_series(1, ?)", Long.class, count);
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    private static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
