package uk.ectinduction.content.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of new page versions — the version, its sections, learning intentions and handout links — gathered and
 * then written in batches. An import and an edit both write versions through this one piece, so a saved edit has
 * exactly the structure an import of the same text would have.
 */
final class VersionRows {

    private static final int BATCH = 500;

    /** Who made a version and why: an import is published as it is written; an edit or restore is a draft. */
    record Origin(String origin, boolean published, Long authorId, String changeNote) {
        /** By the admin who ran the import, or by no one from the command line. */
        static Origin imported(Long authorId) {
            return new Origin("IMPORT", true, authorId, null);
        }

        static Origin edit(long authorId, String note) {
            return new Origin("EDIT", false, authorId, note);
        }

        static Origin restore(long authorId, String note) {
            return new Origin("RESTORE", false, authorId, note);
        }
    }

    private final List<Object[]> versions = new ArrayList<>();
    private final List<Object[]> sections = new ArrayList<>();
    private final List<Object[]> intentions = new ArrayList<>();
    private final List<Object[]> handoutLinks = new ArrayList<>();

    void add(long versionId, long pageId, int number, String source, ParsedPage parsed, Origin origin) {
        Map<String, String> fm = parsed.frontMatter();
        SearchText search = SearchText.of(parsed.sections());
        versions.add(new Object[] {
            versionId,
            pageId,
            number,
            parsed.title(),
            parsed.heading(),
            parsed.caption(),
            parsed.statedMinutes(),
            fm.get("previous_title"),
            fm.get("previous_path"),
            fm.get("next_title"),
            fm.get("next_path"),
            source,
            sha256(source.getBytes(StandardCharsets.UTF_8)),
            origin.published() ? "PUBLISHED" : "DRAFT",
            origin.origin(),
            origin.authorId(),
            origin.changeNote(),
            search.headings(),
            search.body(),
            origin.published()
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
    }

    /** Writes the versions; {@code halfway} runs between the versions and the rest, for an import's progress. */
    void write(JdbcTemplate jdbc, Runnable halfway) {
        batch(
                jdbc,
                "insert into page_version (id, page_id, version_number, title, heading, caption, stated_minutes, "
                        + "previous_title, previous_path, next_title, next_path, source_markdown, source_sha256, "
                        + "status, origin, author_id, change_note, search_headings, search_text, published_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, case when ? then now() end)",
                versions);
        halfway.run();
        batch(
                jdbc,
                "insert into page_section (version_id, position, kind, heading, heading_level, name, minutes, "
                        + "audience, week_number, body_markdown, body_html) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                sections);
        batch(
                jdbc,
                "insert into learning_intention (version_id, section_position, position, kind, stem, code, text) "
                        + "values (?, ?, ?, ?, ?, ?, ?)",
                intentions);
        batch(jdbc, "insert into page_asset_link (version_id, asset_path, audience) values (?, ?, ?)", handoutLinks);
    }

    /** Runs one statement over many rows, a few hundred to a round trip. */
    static void batch(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
