package uk.ectinduction.content.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The optimistic lock and the ordering shared by modules, weeks and pages. A change first claims its row: the
 * row's lock version goes up only if it is still the version the admin's form was drawn with, and PostgreSQL's
 * row lock makes a second admin's concurrent claim wait and then fail. Called inside the change's transaction.
 */
@Repository
class StructureRows {

    /** The tables of the structure; their names are fixed here, never taken from a request. */
    enum Table {
        MODULE("induction_module", "the module"),
        WEEK("week", "the week"),
        PAGE("content_page", "the page");

        final String table;
        final String what;

        Table(String table, String what) {
            this.table = table;
            this.what = what;
        }
    }

    private final JdbcTemplate jdbc;

    StructureRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the row's lock version up from {@code version}, or refuses: gone or retired, or changed since. */
    void claim(Table table, long id, int version) {
        int claimed = jdbc.update(
                "update " + table.table + " set structure_version = structure_version + 1 "
                        + "where id = ? and structure_version = ? and retired_at is null",
                id,
                version);
        if (claimed == 0) {
            Integer live = jdbc
                    .queryForList(
                            "select 1 from " + table.table + " where id = ? and retired_at is null", Integer.class, id)
                    .stream()
                    .findFirst()
                    .orElse(null);
            throw live == null ? StructureProblem.notFound() : StructureProblem.stale(table.what);
        }
    }

    /**
     * Gives {@code ids} (in their new order) the {@code positions} they held between them, sorted, so that the rest
     * of the order is untouched; each renumbered row's lock version goes up, so a form drawn before is stale.
     */
    void reorder(Table table, List<Long> ids, List<Integer> positions) {
        List<Integer> sorted = new ArrayList<>(positions);
        sorted.sort(null);
        List<Object[]> rows = new ArrayList<>();
        int previous = Integer.MIN_VALUE;
        for (int i = 0; i < ids.size(); i++) {
            // Ties (two pages placed alike by an import) are pulled apart, or the new order would not show.
            int position = Math.max(sorted.get(i), previous == Integer.MIN_VALUE ? sorted.get(i) : previous + 1);
            rows.add(new Object[] {position, ids.get(i)});
            previous = position;
        }
        jdbc.batchUpdate(
                "update " + table.table + " set position = ?, structure_version = structure_version + 1 where id = ?",
                rows);
    }

    /** Swaps the item at {@code index} with its neighbour up or down, or refuses at either end. */
    static <T> List<T> swapped(List<T> items, int index, boolean up, String end) {
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= items.size()) {
            throw StructureProblem.refused(end);
        }
        List<T> order = new ArrayList<>(items);
        order.set(index, items.get(other));
        order.set(other, items.get(index));
        return order;
    }
}
