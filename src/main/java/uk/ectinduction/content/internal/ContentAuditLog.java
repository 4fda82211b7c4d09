package uk.ectinduction.content.internal;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.content.ContentActionTaken;
import uk.ectinduction.content.ContentActionTaken.Action;
import uk.ectinduction.people.UserAccounts;

/**
 * The audit log of content actions. Each {@link ContentActionTaken} is written as it is published, on the
 * publisher's thread and in its transaction, so an action and its line commit or roll back together. Admins read
 * it newest first, a page at a time, for one page (and what lies under it) or one person, in four queries.
 */
@Service
public class ContentAuditLog {

    public static final int PAGE_SIZE = 50;
    /** The person filter's value for actions no one signed in took: the command line, the demo at start-up. */
    public static final String NO_ONE = "none";

    public record Entry(Action action, String target, Long actorId, String actor, String detail, Instant at) {}

    /** Whose actions to show, as the filter form names them: an app_user id, {@link #NO_ONE}, or anyone. */
    public record PersonOption(String value, String name) {}

    public record EntryPage(
            List<Entry> entries,
            int page,
            int totalPages,
            long total,
            String target,
            String person,
            List<PersonOption> people) {}

    private final JdbcClient jdbc;
    private final UserAccounts accounts;

    ContentAuditLog(JdbcClient jdbc, UserAccounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @EventListener
    void record(ContentActionTaken taken) {
        jdbc.sql("insert into content_audit_entry (action, target, actor_id, detail) values (?, ?, ?, ?)")
                .params(taken.action().name(), taken.target(), taken.actorId(), taken.detail())
                .update();
    }

    /**
     * One page of the log, newest first. {@code target} is a page's path (a pasted address is reduced to its
     * path), or a programme, module or week path: its own entries and those of everything under it.
     */
    @Transactional(readOnly = true)
    public EntryPage read(String target, String person, int page) {
        String path = pathOf(target);
        String who = person == null ? "" : person.strip();
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (!path.isEmpty()) {
            where.append(" and (target = ? or starts_with(target, ?))");
            params.add(path);
            params.add(path + "/");
        }
        if (who.equals(NO_ONE)) {
            where.append(" and actor_id is null");
        } else if (who.matches("\\d{1,18}")) {
            where.append(" and actor_id = ?");
            params.add(Long.parseLong(who));
        } else {
            who = "";
        }
        long total = jdbc.sql("select count(*) from content_audit_entry" + where)
                .params(params)
                .query(Long.class)
                .single();
        int totalPages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(0, page), totalPages - 1);
        // Everyone who has acted is offered in the filter, so their names cover this page's too: one query.
        Set<Long> actors =
                new TreeSet<>(jdbc.sql("select distinct actor_id from content_audit_entry where actor_id is not null")
                        .query(Long.class)
                        .list());
        Map<Long, String> names = accounts.displayNames(actors);
        List<Entry> entries = jdbc.sql("select action, target, actor_id, detail, at from content_audit_entry" + where
                        + " order by at desc, id desc limit " + PAGE_SIZE + " offset " + (long) shown * PAGE_SIZE)
                .params(params)
                .query((rs, n) -> {
                    Long actorId = rs.getObject(3, Long.class);
                    return new Entry(
                            Action.valueOf(rs.getString(1)),
                            rs.getString(2),
                            actorId,
                            nameOf(actorId, names),
                            rs.getString(4),
                            rs.getObject(5, OffsetDateTime.class).toInstant());
                })
                .list();
        List<PersonOption> people = Stream.concat(
                        actors.stream()
                                .map(id -> new PersonOption(id.toString(), nameOf(id, names)))
                                .sorted(Comparator.comparing(PersonOption::name, String.CASE_INSENSITIVE_ORDER)),
                        Stream.of(new PersonOption(NO_ONE, nameOf(null, names))))
                .toList();
        return new EntryPage(entries, shown, totalPages, total, path, who, people);
    }

    private static String nameOf(Long actorId, Map<Long, String> names) {
        return actorId == null ? "No one signed in (command line or start-up)" : names.getOrDefault(actorId, "Unknown");
    }

    /** The path a filter names: what was typed, without spaces, a scheme and host, a query or a trailing slash. */
    static String pathOf(String given) {
        String path = given == null ? "" : given.strip();
        if (path.startsWith("http://") || path.startsWith("https://")) {
            try {
                path = Objects.requireNonNullElse(URI.create(path).getPath(), "");
            } catch (IllegalArgumentException notAnAddress) {
                return path;
            }
        }
        int query = path.indexOf('?');
        path = query < 0 ? path : path.substring(0, query);
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.length() > 1100 ? path.substring(0, 1100) : path;
    }
}
