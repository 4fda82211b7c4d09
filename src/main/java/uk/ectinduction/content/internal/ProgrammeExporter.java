package uk.ectinduction.content.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.content.ContentActionTaken;

/**
 * Writes one programme as the folder tree {@code import} takes: each live page's current version at its source
 * path, exactly the Markdown stored for it (as imported, or as edited; never re-serialised), and its handouts
 * under {@code assets/}. Retired pages, and the pages of retired modules and weeks, are left out. The command
 * line writes to a folder and the admin's download to a zip, through the same {@link #export}.
 */
@Service
public class ProgrammeExporter {

    /** Each live page of the programme with its current version's source; retired ones stay behind. */
    private static final String PAGES = """
            select p.source_path, v.source_markdown
              from content_page p
              join page_version v on v.id = p.current_version_id
              left join induction_module m on m.id = p.module_id
              left join week w on w.id = p.week_id
             where p.programme_id = ? and p.retired_at is null and m.retired_at is null and w.retired_at is null
             order by p.source_path""";

    /** The handouts its tree brought, and any other a live page's current version links. */
    private static final String HANDOUTS = """
            select a.path from content_asset a
             where a.path in (select asset_path from programme_asset where programme_id = ?)
                or a.path in (select l.asset_path from page_asset_link l
                                join content_page p on p.current_version_id = l.version_id
                                left join induction_module m on m.id = p.module_id
                                left join week w on w.id = p.week_id
                               where p.programme_id = ? and p.retired_at is null and m.retired_at is null
                                 and w.retired_at is null)
             order by a.path""";

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    ProgrammeExporter(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** What an export wrote. */
    public record Exported(int pages, int handouts) {}

    /** There is no programme by that slug. */
    public static final class UnknownProgramme extends RuntimeException {
        UnknownProgramme(String slug) {
            super("no programme with the slug '" + slug + "'");
        }
    }

    @Transactional(readOnly = true)
    public boolean exists(String slug) {
        return programmeId(slug).isPresent();
    }

    /**
     * Writes the programme's tree to {@code target} and records the export for the audit log.
     *
     * @param actorId the admin's id, or null for the command line
     */
    @Transactional
    public Exported export(String slug, ExportTarget target, Long actorId) throws IOException {
        long programmeId = programmeId(slug).orElseThrow(() -> new UnknownProgramme(slug));
        int[] pages = {0};
        try {
            jdbc.query(
                    PAGES,
                    rs -> {
                        write(target, rs.getString(1), rs.getString(2).getBytes(StandardCharsets.UTF_8));
                        pages[0]++;
                    },
                    programmeId);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        // One handout in memory at a time: a programme's handouts may run to hundreds of megabytes.
        List<String> handouts = jdbc.queryForList(HANDOUTS, String.class, programmeId, programmeId);
        for (String path : handouts) {
            target.write(
                    path, jdbc.queryForObject("select bytes from content_asset where path = ?", byte[].class, path));
        }
        events.publishEvent(new ContentActionTaken(
                ContentActionTaken.Action.EXPORT,
                slug,
                actorId,
                pages[0] + " pages and " + handouts.size() + " handouts"));
        return new Exported(pages[0], handouts.size());
    }

    private static void write(ExportTarget target, String path, byte[] bytes) {
        try {
            target.write(path, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Long> programmeId(String slug) {
        return jdbc.queryForList("select id from programme where slug = ?", Long.class, slug).stream()
                .findFirst();
    }
}
