package uk.ectinduction.content.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes the tree an import run places its pages in: programmes, modules and weeks, each upserted by its natural
 * key, so importing again finds the rows it made before. Called inside the run's one transaction.
 */
@Repository
class ProgrammeTreeStore {

    /** A title that was only made up keeps the stored one; a module keeps its place unless the programme lists it. */
    private static final String UPSERT_MODULE = "insert into induction_module (programme_id, slug, title, year, term, "
            + "position) values (?, ?, ?, ?, ?, ?) on conflict (programme_id, slug) do update set "
            + "title = case when ? then excluded.title else induction_module.title end, "
            + "year = coalesce(excluded.year, induction_module.year), "
            + "term = coalesce(excluded.term, induction_module.term), "
            + "position = case when ? then excluded.position else induction_module.position end returning id";

    private static final String UPSERT_WEEK = "insert into week (module_id, number, title, term, position) "
            + "values (?, ?, ?, ?, ?) "
            + "on conflict (module_id, number) do update set "
            + "title = case when ? then excluded.title else week.title end, "
            + "term = coalesce(excluded.term, week.term) returning id";

    private final JdbcTemplate jdbc;

    ProgrammeTreeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of the rows written, by programme slug, module key and week key. */
    record TreeIds(Map<String, Long> programmes, Map<String, Long> modules, Map<String, Long> weeks) {}

    TreeIds save(ProgrammeLayout layout) {
        Map<String, Long> programmeIds = saveProgrammes(layout);
        Map<String, Long> moduleIds = saveModules(layout, programmeIds);
        return new TreeIds(programmeIds, moduleIds, saveWeeks(layout, moduleIds));
    }

    private Map<String, Long> saveProgrammes(ProgrammeLayout layout) {
        Map<String, Long> ids = new HashMap<>();
        layout.programmes()
                .forEach((slug, title) -> ids.put(
                        slug,
                        jdbc.queryForObject(
                                "insert into programme (slug, title) values (?, ?) on conflict (slug) do update "
                                        + "set title = case when ? then excluded.title else programme.title end returning id",
                                Long.class,
                                slug,
                                title.text(),
                                title.given())));
        return ids;
    }

    private Map<String, Long> saveModules(ProgrammeLayout layout, Map<String, Long> programmeIds) {
        Map<String, Long> ids = new HashMap<>();
        for (ProgrammeLayout.ModulePlace module : layout.modules()) {
            ids.put(
                    module.key(),
                    jdbc.queryForObject(
                            UPSERT_MODULE,
                            Long.class,
                            programmeIds.get(module.programmeSlug()),
                            module.moduleSlug(),
                            module.title().text(),
                            module.year(),
                            module.term(),
                            module.position(),
                            module.title().given(),
                            module.listed()));
        }
        // A programme page names the year and term of modules imported earlier, too.
        List<Object[]> listed = new ArrayList<>();
        for (ProgrammeLayout.ListedModule module : layout.listedElsewhere()) {
            Long programmeId = programmeIds.get(module.programmeSlug());
            if (programmeId != null) {
                listed.add(
                        new Object[] {module.year(), module.term(), module.position(), programmeId, module.moduleSlug()
                        });
            }
        }
        jdbc.batchUpdate(
                "update induction_module set year = coalesce(?, year), term = coalesce(?, term), position = ? "
                        + "where programme_id = ? and slug = ?",
                listed);
        return ids;
    }

    private Map<String, Long> saveWeeks(ProgrammeLayout layout, Map<String, Long> moduleIds) {
        Map<String, Long> ids = new HashMap<>();
        for (ProgrammeLayout.WeekPlace week : layout.weeks()) {
            ids.put(
                    week.key(),
                    jdbc.queryForObject(
                            UPSERT_WEEK,
                            Long.class,
                            moduleIds.get(week.moduleKey()),
                            week.number(),
                            week.title().text(),
                            week.term(),
                            week.number(),
                            week.title().given()));
        }
        return ids;
    }
}
