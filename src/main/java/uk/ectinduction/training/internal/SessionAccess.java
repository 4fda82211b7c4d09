package uk.ectinduction.training.internal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;
import uk.ectinduction.people.CohortSummary;
import uk.ectinduction.people.Cohorts;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.SignedInUser;

/**
 * The one place that says who may see and act on a training session. The cohort's induction tutors act on it
 * (whichever of them scheduled it): they reschedule, cancel, facilitate and record it. The cohort's ECTs read it,
 * and admins read any session. Nobody else learns that a session exists: every refusal is a 404 (design notes §3).
 */
@Component
@Transactional(readOnly = true)
public class SessionAccess {

    /** Answers 404, whether the session is missing or not the reader's: the two are never told apart. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public static class NotFound extends RuntimeException {
        public NotFound() {
            super("not found", null, false, false);
        }
    }

    private final TrainingSessionRepository sessions;
    private final Cohorts cohorts;

    SessionAccess(TrainingSessionRepository sessions, Cohorts cohorts) {
        this.sessions = sessions;
        this.cohorts = cohorts;
    }

    /** A cohort the tutor may schedule sessions for: one they teach. */
    public CohortSummary cohortToSchedule(SignedInUser user, long cohortId) {
        if (!user.has(Role.INDUCTION_TUTOR)) {
            throw new NotFound();
        }
        return cohorts.taughtBy(user.id()).stream()
                .filter(c -> c.id() == cohortId)
                .findFirst()
                .orElseThrow(NotFound::new);
    }

    /** A session the user may act on, as one of its cohort's tutors. */
    public TrainingSession toAct(SignedInUser user, long sessionId) {
        TrainingSession session = sessions.findById(sessionId).orElseThrow(NotFound::new);
        if (!teaches(user, session.getCohortId())) {
            throw new NotFound();
        }
        return session;
    }

    /** A session the user may read: as its cohort's tutor, as an ECT of its cohort, or as an admin. */
    public TrainingSession toRead(SignedInUser user, long sessionId) {
        TrainingSession session = sessions.findById(sessionId).orElseThrow(NotFound::new);
        if (!mayRead(user, session.getCohortId())) {
            throw new NotFound();
        }
        return session;
    }

    /** Whether the user acts on this cohort's sessions, for pages that offer the actions only to those who may. */
    public boolean teaches(SignedInUser user, long cohortId) {
        return user.has(Role.INDUCTION_TUTOR)
                && cohorts.taughtBy(user.id()).stream().anyMatch(c -> c.id() == cohortId);
    }

    private boolean mayRead(SignedInUser user, long cohortId) {
        return user.has(Role.ADMIN)
                || teaches(user, cohortId)
                || (user.has(Role.ECT) && cohorts.ectIdsOf(cohortId).contains(user.id()));
    }
}
