package uk.ectinduction.meetings;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.meetings.internal.ActionStatus;
import uk.ectinduction.meetings.internal.MeetingStatus;
import uk.ectinduction.meetings.internal.SessionOrigin;

/**
 * An ECT's meetings and actions as text, for the ECT's own record (learning log module). The caller must already have
 * checked that the reader is the ECT or their current mentor; one query each.
 */
@Service
@Transactional(readOnly = true)
public class MeetingHistory {

    /** A meeting: when, about which week's materials, and whether it was held. */
    public record MeetingLine(long id, LocalDate on, String materialsTitle, String status) {}

    /**
     * An action agreed at a meeting, its four answers, its status and the ECT's latest progress note; or a key action
     * from a training session, with only its words and its {@code origin} ("From training session: …"), null for a
     * meeting's action.
     */
    public record ActionLine(
            long id,
            String action,
            String expectedImpact,
            String successLooksLike,
            String howEvaluated,
            LocalDate dueOn,
            String status,
            String progressNote,
            String origin) {}

    private final JdbcClient jdbc;

    MeetingHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ECT's meetings, oldest first; only those with {@code mentorId} when it is given. */
    public List<MeetingLine> meetings(long ectId, Long mentorId) {
        return jdbc.sql("""
                select id, meets_on as on_day, materials_title, status from mentor_meeting
                 where ect_id = :ect and (cast(:mentor as bigint) is null or mentor_id = :mentor)
                 order by meets_on, id""")
                .param("ect", ectId)
                .param("mentor", mentorId)
                .query((rs, n) -> new MeetingLine(
                        rs.getLong("id"),
                        rs.getObject("on_day", LocalDate.class),
                        rs.getString("materials_title"),
                        MeetingStatus.valueOf(rs.getString("status")).label()))
                .list();
    }

    /** All the ECT's actions, by due date; those from training sessions, which have none, last. */
    public List<ActionLine> actions(long ectId) {
        return jdbc.sql("""
                select id, action, expected_impact, success_looks_like, how_evaluated, due_on, status, progress_note,
                       training_session_title, training_session_on
                  from next_step_action where ect_id = ? order by due_on nulls last, id""")
                .param(ectId)
                .query((rs, n) -> new ActionLine(
                        rs.getLong("id"),
                        rs.getString("action"),
                        rs.getString("expected_impact"),
                        rs.getString("success_looks_like"),
                        rs.getString("how_evaluated"),
                        rs.getObject("due_on", LocalDate.class),
                        ActionStatus.valueOf(rs.getString("status")).label(),
                        rs.getString("progress_note"),
                        rs.getString("training_session_title") == null
                                ? null
                                : SessionOrigin.label(
                                        rs.getString("training_session_title"),
                                        rs.getObject("training_session_on", LocalDate.class))))
                .list();
    }
}
