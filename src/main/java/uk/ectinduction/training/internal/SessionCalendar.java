package uk.ectinduction.training.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.system.ICalendarWriter;
import uk.ectinduction.training.SessionPlan;

/**
 * A session as an iCalendar file, written by the service's one writer ({@link ICalendarWriter}). Its UID stays the
 * same through reschedules and its sequence grows with each change, so a calendar app moves (or cancels) the event it
 * already has rather than adding another.
 */
@Service
@Transactional(readOnly = true)
public class SessionCalendar {

    /** How long a session is put in a calendar for when its page states no length and times nothing. */
    static final int UNTIMED_MINUTES = 60;

    private final SessionAccess access;
    private final PlanReader plans;
    private final Clock clock;

    SessionCalendar(SessionAccess access, PlanReader plans, Clock clock) {
        this.access = access;
        this.plans = plans;
        this.clock = clock;
    }

    /** The session for anyone who may read it; the link opens it on the page that reader uses. */
    public String forReader(SignedInUser user, long sessionId, String baseUrl) {
        TrainingSession session = access.toRead(user, sessionId);
        boolean tutor = access.teaches(user, session.getCohortId());
        String url = baseUrl + (tutor ? "/tutor/sessions/" : "/sessions/") + session.getId();
        SessionPlan plan = plans.plan(session.getMaterialsPath(), session.getMaterialsTitle());
        Integer minutes = plan.totalMinutes();
        String where = session.getPlace() != null ? session.getPlace() : session.getOnlineLink();
        StringBuilder description = new StringBuilder("Training session on ")
                .append(session.getMaterialsTitle())
                .append('.');
        if (session.getOnlineLink() != null) {
            description.append(" Join online: ").append(session.getOnlineLink());
        }
        description.append(" Open it in ECT Induction: ").append(url);
        ICalendarWriter.Event event = new ICalendarWriter.Event(
                "training-session-" + session.getId(),
                session.getHeldOn(),
                session.getStartsAt(),
                minutes == null ? UNTIMED_MINUTES : minutes,
                "Training session: " + session.getMaterialsTitle() + (where == null ? "" : " – " + where),
                description.toString(),
                url,
                session.isCancelled(),
                session.getVersion());
        return ICalendarWriter.calendar("Training session", List.of(event), clock.instant());
    }
}
