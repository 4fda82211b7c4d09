package uk.ectinduction.training.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.people.Cohorts;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.training.SessionActionsPlanned;
import uk.ectinduction.training.SessionException;

/**
 * Planning for action: each ECT who attended a session (marked present or late) records its 2–3 key actions, at
 * most three, at least one; a tutor of the session may enter them on the ECT's behalf. Saving replaces the ECT's
 * list and publishes {@link SessionActionsPlanned} in the same transaction, so the actions reach the ECT's mentor
 * or nothing is saved.
 */
@Service
@Transactional(readOnly = true)
public class PlannedActions {

    public static final int MOST = 3;

    /** An attending ECT and the actions they have recorded so far (none yet is an empty list). */
    public record EctActions(long ectId, String name, List<String> actions) {}

    private final PlannedActionRepository actions;
    private final SessionAccess access;
    private final SessionRegister register;
    private final Cohorts cohorts;
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlannedActions(
            PlannedActionRepository actions,
            SessionAccess access,
            SessionRegister register,
            Cohorts cohorts,
            UserAccounts accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.actions = actions;
        this.access = access;
        this.register = register;
        this.cohorts = cohorts;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** Every attending ECT with their actions, by name, for the session's tutors. */
    public List<EctActions> forSession(SignedInUser tutor, long sessionId) {
        access.toAct(tutor, sessionId);
        Set<Long> attending = register.attending(sessionId);
        Map<Long, List<String>> saved = actions.findBySessionIdOrderByEctIdAscPositionAsc(sessionId).stream()
                .collect(Collectors.groupingBy(
                        PlannedAction::getEctId, Collectors.mapping(PlannedAction::getAction, Collectors.toList())));
        return accounts.people(attending).values().stream()
                .map(p -> new EctActions(p.id(), p.displayName(), saved.getOrDefault(p.id(), List.of())))
                .sorted(Comparator.comparing(EctActions::name))
                .toList();
    }

    /**
     * One ECT's actions, for the ECT themselves or a tutor of the session; anyone else, or an ECT outside the
     * cohort, gets 404.
     */
    public EctActions of(SignedInUser user, long sessionId, long ectId) {
        check(user, sessionId, ectId);
        Person ect = accounts.people(List.of(ectId)).get(ectId);
        return new EctActions(
                ectId,
                ect == null ? "Someone" : ect.displayName(),
                actions.findBySessionIdAndEctIdOrderByPosition(sessionId, ectId).stream()
                        .map(PlannedAction::getAction)
                        .toList());
    }

    /** Whether the ECT may record actions from this session now: it has been held and they attended it. */
    public boolean open(SignedInUser user, long sessionId, long ectId) {
        TrainingSession session = check(user, sessionId, ectId);
        return !session.isCancelled()
                && session.isHeldBy(LocalDate.now(clock))
                && register.attending(sessionId).contains(ectId);
    }

    /** Replaces the ECT's actions with those typed (blank lines left out): 1 to 3 of them, or nothing is saved. */
    @Transactional
    public void save(SignedInUser user, long sessionId, long ectId, List<String> typed) {
        TrainingSession session = check(user, sessionId, ectId);
        session.checkRecordable(LocalDate.now(clock));
        if (!register.attending(sessionId).contains(ectId)) {
            throw new SessionException("Key actions are recorded by ECTs marked present or late at the session");
        }
        List<String> given = typed.stream()
                .filter(a -> a != null && !a.isBlank())
                .map(String::strip)
                .toList();
        if (given.isEmpty() || given.size() > MOST) {
            throw new SessionException("Enter 1, 2 or 3 key actions");
        }
        if (given.stream().anyMatch(a -> a.length() > PlannedAction.MAX_LENGTH)) {
            throw new SessionException("Each key action must be " + PlannedAction.MAX_LENGTH + " characters or fewer");
        }
        actions.deleteForEct(sessionId, ectId);
        for (int i = 0; i < given.size(); i++) {
            actions.save(new PlannedAction(sessionId, ectId, i + 1, given.get(i), user.id()));
        }
        actions.flush();
        events.publishEvent(
                new SessionActionsPlanned(sessionId, session.getMaterialsTitle(), session.getHeldOn(), ectId, given));
    }

    private TrainingSession check(SignedInUser user, long sessionId, long ectId) {
        TrainingSession session = access.toRead(user, sessionId);
        boolean self = user.has(Role.ECT) && user.id() == ectId;
        boolean tutor = access.teaches(user, session.getCohortId())
                && cohorts.ectIdsOf(session.getCohortId()).contains(ectId);
        if (!self && !tutor) {
            throw new SessionAccess.NotFound();
        }
        return session;
    }
}
