package uk.ectinduction.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.content.PageView;
import uk.ectinduction.people.CohortSummary;
import uk.ectinduction.people.CohortWeek;
import uk.ectinduction.people.Cohorts;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.training.internal.PlanReader;
import uk.ectinduction.training.internal.SessionAccess;
import uk.ectinduction.training.internal.TrainingSession;
import uk.ectinduction.training.internal.TrainingSessionChange;
import uk.ectinduction.training.internal.TrainingSessionRepository;

/**
 * Scheduling training sessions and reading them. Who may do what is asked of {@code SessionAccess}, here and nowhere
 * else in this class's callers; a refusal is a 404.
 */
@Service
@Transactional(readOnly = true)
public class TrainingSessions {

    /** How many coming sessions an ECT's home page shows, each with its preparation. */
    static final int COMING_FOR_ECT = 3;

    /** As the database allows: training_session.place and training_session_change.reason. */
    public static final int MAX_PLACE = 300;

    public static final int MAX_REASON = 500;

    /** A tutor materials page to schedule a session from, and the cohorts the tutor may schedule it for. */
    public record Scheduling(String materialsPath, String materialsTitle, List<CohortSummary> cohorts) {}

    /** A tutor's sessions: those still to come (from today), soonest first, and those held, latest first. */
    public record TutorSessions(List<SessionDetails> upcoming, List<SessionDetails> past) {}

    /** A session coming for an ECT, with what the page asks to be prepared for it. */
    public record ComingSession(SessionDetails session, List<String> preparation) {}

    private final TrainingSessionRepository sessions;
    private final SessionAccess access;
    private final PlanReader plans;
    private final Cohorts cohorts;
    private final UserAccounts accounts;
    private final Clock clock;

    TrainingSessions(
            TrainingSessionRepository sessions,
            SessionAccess access,
            PlanReader plans,
            Cohorts cohorts,
            UserAccounts accounts,
            Clock clock) {
        this.sessions = sessions;
        this.access = access;
        this.plans = plans;
        this.cohorts = cohorts;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The page to schedule from, if it is a week's tutor materials; 404 for any other page or a non-tutor. */
    public Scheduling scheduling(SignedInUser tutor, String materialsPath) {
        PageView page = materials(materialsPath);
        if (!tutor.has(Role.INDUCTION_TUTOR)) {
            throw new SessionAccess.NotFound();
        }
        return new Scheduling(page.path(), page.title(), cohorts.taughtBy(tutor.id()));
    }

    @Transactional
    public long schedule(
            SignedInUser tutor,
            String materialsPath,
            long cohortId,
            LocalDate on,
            LocalTime at,
            String place,
            String onlineLink) {
        CohortSummary cohort = access.cohortToSchedule(tutor, cohortId);
        PageView page = materials(materialsPath);
        checkWhenAndWhere(on, at, place, onlineLink);
        TrainingSession session = new TrainingSession(
                cohort.id(),
                tutor.id(),
                page.path(),
                page.title(),
                on,
                at,
                blankToNull(place),
                blankToNull(onlineLink));
        return sessions.saveAndFlush(session).getId();
    }

    @Transactional
    public void reschedule(
            SignedInUser tutor,
            long sessionId,
            long version,
            LocalDate on,
            LocalTime at,
            String place,
            String onlineLink,
            String reason) {
        TrainingSession session = toChange(tutor, sessionId, version, reason);
        checkWhenAndWhere(on, at, place, onlineLink);
        session.reschedule(tutor.id(), on, at, blankToNull(place), blankToNull(onlineLink), blankToNull(reason));
        sessions.flush();
    }

    @Transactional
    public void cancel(SignedInUser tutor, long sessionId, long version, String reason) {
        toChange(tutor, sessionId, version, reason).cancel(tutor.id(), blankToNull(reason));
        sessions.flush();
    }

    /** The sessions of every cohort the tutor teaches, in a fixed number of queries however many there are. */
    public TutorSessions forTutor(SignedInUser tutor) {
        Map<Long, CohortSummary> taught =
                cohorts.taughtBy(tutor.id()).stream().collect(Collectors.toMap(CohortSummary::id, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        List<SessionDetails> upcoming = new ArrayList<>();
        List<SessionDetails> past = new ArrayList<>();
        if (!taught.isEmpty()) {
            for (TrainingSession s : sessions.findForCohorts(taught.keySet())) {
                SessionDetails details = details(s, taught.get(s.getCohortId()).name());
                (s.getHeldOn().isBefore(today) ? past : upcoming).add(details);
            }
        }
        Collections.reverse(past);
        return new TutorSessions(upcoming, past);
    }

    /**
     * The ECT's cohort's next sessions (cancelled ones left out), each with the preparation its page asks for: for the
     * ECT's own home page. At most {@link #COMING_FOR_ECT}, so the page's queries stay bounded.
     */
    public List<ComingSession> comingForEct(long ectId) {
        return cohorts.weekOfEct(ectId)
                .map(CohortWeek::cohort)
                .map(cohort -> sessions.findComing(cohort.id(), LocalDate.now(clock)).stream()
                        .limit(COMING_FOR_ECT)
                        .map(s -> new ComingSession(
                                details(s, cohort.name()),
                                plans.plan(s.getMaterialsPath(), s.getMaterialsTitle())
                                        .preparation()))
                        .toList())
                .orElse(List.of());
    }

    /** A session the user may act on, as one of its cohort's tutors. */
    public SessionDetails toAct(SignedInUser user, long sessionId) {
        return details(access.toAct(user, sessionId));
    }

    /** A session the user may read: its cohort's tutors and ECTs, and admins. */
    public SessionDetails toRead(SignedInUser user, long sessionId) {
        return details(access.toRead(user, sessionId));
    }

    /** Whether the user may act on the session (never throws): pages use it to offer the tutor's actions. */
    public boolean mayAct(SignedInUser user, SessionDetails session) {
        return access.teaches(user, session.cohortId());
    }

    /** The session's history, oldest first, for anyone who may read the session. */
    public List<SessionChange> history(SignedInUser user, long sessionId) {
        List<TrainingSessionChange> changes = access.toRead(user, sessionId).getHistory();
        Map<Long, Person> people = accounts.people(
                changes.stream().map(TrainingSessionChange::getChangedBy).collect(Collectors.toSet()));
        return changes.stream()
                .map(c -> new SessionChange(
                        c.getKind(),
                        people.containsKey(c.getChangedBy())
                                ? people.get(c.getChangedBy()).displayName()
                                : "Someone",
                        c.getChangedAt(),
                        c.getHeldOn(),
                        c.getStartsAt(),
                        c.getPlace(),
                        c.getOnlineLink(),
                        c.getReason()))
                .toList();
    }

    /** The session's plan, read from its tutor materials page now, for anyone who may read the session. */
    public SessionPlan plan(SignedInUser user, long sessionId) {
        TrainingSession session = access.toRead(user, sessionId);
        return plans.plan(session.getMaterialsPath(), session.getMaterialsTitle());
    }

    private TrainingSession toChange(SignedInUser tutor, long sessionId, long version, String reason) {
        TrainingSession session = access.toAct(tutor, sessionId);
        if (reason != null && reason.strip().length() > MAX_REASON) {
            throw new SessionException("The reason must be " + MAX_REASON + " characters or fewer");
        }
        if (session.getVersion() != version) {
            throw new StaleSessionException();
        }
        if (session.isCancelled()) {
            throw new SessionException("This session has been cancelled");
        }
        return session;
    }

    private PageView materials(String materialsPath) {
        return plans.tutorMaterials(materialsPath == null ? "" : materialsPath)
                .orElseThrow(SessionAccess.NotFound::new);
    }

    private void checkWhenAndWhere(LocalDate on, LocalTime at, String place, String onlineLink) {
        if (on == null || at == null) {
            throw new SessionException("Enter the date and start time of the session");
        }
        if (on.isBefore(LocalDate.now(clock))) {
            throw new SessionException("The date of the session must be today or in the future");
        }
        if (blankToNull(place) == null && blankToNull(onlineLink) == null) {
            throw new SessionException("Enter a place or an online link for the session");
        }
        if (place != null && place.strip().length() > MAX_PLACE) {
            throw new SessionException("The place must be " + MAX_PLACE + " characters or fewer");
        }
        if (blankToNull(onlineLink) != null && !OnlineLinks.isValid(onlineLink.strip())) {
            throw new SessionException("Enter the online link as a web address starting with https://");
        }
    }

    private SessionDetails details(TrainingSession s) {
        return details(s, cohorts.weekOfCohort(s.getCohortId()).cohort().name());
    }

    private static SessionDetails details(TrainingSession s, String cohortName) {
        return new SessionDetails(
                s.getId(),
                s.getCohortId(),
                cohortName,
                s.getTutorId(),
                s.getMaterialsPath(),
                s.getMaterialsTitle(),
                s.getHeldOn(),
                s.getStartsAt(),
                s.getPlace(),
                s.getOnlineLink(),
                s.getStatus(),
                s.getVersion());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
