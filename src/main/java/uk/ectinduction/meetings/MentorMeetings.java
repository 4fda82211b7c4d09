package uk.ectinduction.meetings;

import java.sql.Time;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules (dashboards) may know about mentor meetings: dates and counts, never their text. Each method is
 * one query for any number of ECTs.
 */
@Service
@Transactional(readOnly = true)
public class MentorMeetings {

    /** A meeting still to come: when, and about which materials. */
    public record UpcomingMeeting(
            long meetingId, long ectId, long mentorId, LocalDate on, LocalTime at, String materialsTitle) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    MentorMeetings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The date of each ECT's last held meeting; ECTs with none are absent. */
    public Map<Long, LocalDate> lastHeldOn(Collection<Long> ectIds) {
        Map<Long, LocalDate> result = new HashMap<>();
        if (ectIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                select ect_id, max(meets_on) as last_on from mentor_meeting
                 where status = 'HELD' and ect_id in (:ids) group by ect_id""")
                .param("ids", ectIds)
                .query((rs, n) -> result.put(rs.getLong("ect_id"), rs.getObject("last_on", LocalDate.class)))
                .list();
        return result;
    }

    /** How many of an ECT's actions are open, and how many of those are past their due date. */
    public record ActionCounts(long open, long overdue) {}

    /** The open and overdue actions of each ECT, in one query; ECTs with none map to zeros. */
    public Map<Long, ActionCounts> actionCounts(Collection<Long> ectIds) {
        Map<Long, ActionCounts> result = new HashMap<>();
        ectIds.forEach(id -> result.put(id, new ActionCounts(0, 0)));
        if (ectIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                select ect_id, count(*) as open, count(*) filter (where due_on < :today) as overdue
                  from next_step_action
                 where status = 'OPEN' and ect_id in (:ids) group by ect_id""")
                .param("ids", ectIds)
                .param("today", LocalDate.now(clock))
                .query((rs, n) ->
                        result.put(rs.getLong("ect_id"), new ActionCounts(rs.getLong("open"), rs.getLong("overdue"))))
                .list();
        return result;
    }

    /** Each ECT's next planned or running meeting from today on. */
    public Map<Long, UpcomingMeeting> nextMeetings(Collection<Long> ectIds, LocalDate from) {
        Map<Long, UpcomingMeeting> result = new HashMap<>();
        if (ectIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                select distinct on (ect_id) id, ect_id, mentor_id, meets_on, starts_at, materials_title
                  from mentor_meeting
                 where status in ('PLANNED', 'IN_PROGRESS') and meets_on >= :from and ect_id in (:ids)
                 order by ect_id, meets_on, starts_at nulls first, id""")
                .param("ids", ectIds)
                .param("from", from)
                .query((rs, n) -> {
                    Time at = rs.getTime("starts_at");
                    return new UpcomingMeeting(
                            rs.getLong("id"),
                            rs.getLong("ect_id"),
                            rs.getLong("mentor_id"),
                            rs.getObject("meets_on", LocalDate.class),
                            at == null ? null : at.toLocalTime(),
                            rs.getString("materials_title"));
                })
                .list()
                .forEach(m -> result.put(m.ectId(), m));
        return result;
    }
}
