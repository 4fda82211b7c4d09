package uk.ectinduction.meetings.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.training.SessionActionsPlanned;

/**
 * Hears the training module save an ECT's key actions from a session and makes them the ECT's next-step actions,
 * for their mentor's next Review. It runs synchronously, in the transaction that saved them (MANDATORY: the training
 * module always publishes inside one), so a failure here undoes the save too and nothing is half-saved. The actions
 * wait for the ECT's mentor whenever one is assigned: they belong to the ECT, not to a mentor.
 */
@Component
class TrainingSessionActions {

    private final ActionThreads threads;

    TrainingSessionActions(ActionThreads threads) {
        this.threads = threads;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(SessionActionsPlanned planned) {
        threads.planFromSession(
                new SessionOrigin(planned.sessionId(), planned.sessionTitle(), planned.sessionDate()),
                planned.ectId(),
                planned.actions());
    }
}
