package uk.ectinduction.meetings.internal;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.meetings.internal.NextStepAction.ActionText;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.system.PooledSequence;

/**
 * Next-step actions and their threads: agreeing a meeting's actions, reviewing earlier ones (a continued action
 * starts a new one that continues its thread), an action's thread for each reader, and the ECT's progress notes.
 * New actions of one save are one batched insert, so a save's statements do not grow with its actions.
 */
@Service
@Transactional(readOnly = true)
public class ActionThreads {

    private final MentorMeetingRepository meetings;
    private final NextStepActionRepository actions;
    private final ActionReviewRepository reviews;
    private final MeetingAccess access;
    private final EntityManager entityManager;
    private final PooledSequence actionIds;

    ActionThreads(
            MentorMeetingRepository meetings,
            NextStepActionRepository actions,
            ActionReviewRepository reviews,
            MeetingAccess access,
            EntityManager entityManager,
            JdbcTemplate jdbc) {
        this.meetings = meetings;
        this.actions = actions;
        this.reviews = reviews;
        this.access = access;
        this.entityManager = entityManager;
        this.actionIds = PooledSequence.of(jdbc, "next_step_action_id_seq");
    }

    /** An action with the actions it continues and those that continue it, oldest first, and their reviews. */
    public record Thread(
            NextStepAction action,
            List<NextStepAction> thread,
            Map<Long, List<ActionReview>> reviews,
            Map<Long, LocalDate> meetingDates) {}

    public Thread threadForMentor(SignedInUser mentor, long actionId) {
        NextStepAction action = access.actionForMentor(mentor, actionId);
        return thread(
                action,
                access.readableMeetings(mentor, action.getEctId()),
                access.mentorsNow(mentor, action.getEctId()));
    }

    public Thread threadForEct(SignedInUser ect, long actionId) {
        return thread(access.actionForEct(ect, actionId), id -> true, true);
    }

    /**
     * The action's thread, keeping only the actions set, and the reviews recorded, in meetings the reader may read;
     * actions from training sessions only for the ECT and their current mentor.
     */
    private Thread thread(NextStepAction action, LongPredicate readable, boolean sessionActionsReadable) {
        Map<Long, NextStepAction> all = actions.findByEctIdOrderByDueOnAscIdAsc(action.getEctId()).stream()
                .filter(a -> a.getMeetingId() == null ? sessionActionsReadable : readable.test(a.getMeetingId()))
                .collect(Collectors.toMap(NextStepAction::getId, Function.identity()));
        Map<Long, NextStepAction> continuedBy = new HashMap<>();
        all.values().stream()
                .filter(a -> a.getContinuesAction() != null)
                .forEach(a -> continuedBy.put(a.getContinuesAction(), a));
        NextStepAction first = action;
        while (first.getContinuesAction() != null && all.containsKey(first.getContinuesAction())) {
            first = all.get(first.getContinuesAction());
        }
        List<NextStepAction> thread = new ArrayList<>();
        for (NextStepAction a = first; a != null && thread.size() <= all.size(); a = continuedBy.get(a.getId())) {
            thread.add(a);
        }
        List<Long> ids = thread.stream().map(NextStepAction::getId).toList();
        Map<Long, List<ActionReview>> byAction = reviews.findByActionIdIn(ids).stream()
                .filter(r -> readable.test(r.getMeetingId()))
                .collect(Collectors.groupingBy(ActionReview::getActionId));
        Map<Long, LocalDate> dates = meetings
                .findAllById(thread.stream()
                        .map(NextStepAction::getMeetingId)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(MentorMeeting::getId, MentorMeeting::getMeetsOn));
        byAction.values()
                .forEach(list -> list.forEach(r -> dates.computeIfAbsent(
                        r.getMeetingId(),
                        id -> meetings.findById(id)
                                .map(MentorMeeting::getMeetsOn)
                                .orElse(null))));
        return new Thread(action, thread, byAction, dates);
    }

    public record ReviewInput(
            long actionId, String whatDone, String impact, String evaluation, String whatNext, ActionStatus outcome) {}

    /**
     * Records the Review of each earlier action and its outcome. A continued action gets a new open action in this
     * meeting that continues its thread; un-continuing it removes that new action while it is still untouched.
     * The caller has checked the meeting may be changed.
     */
    @Transactional
    void review(MentorMeeting meeting, List<ReviewInput> inputs) {
        long meetingId = meeting.getId();
        Map<Long, NextStepAction> reviewable = actions.findForReview(meeting.getEctId(), meetingId).stream()
                .collect(Collectors.toMap(NextStepAction::getId, Function.identity()));
        Map<Long, ActionReview> existing = reviews.findByMeetingId(meetingId).stream()
                .collect(Collectors.toMap(ActionReview::getActionId, Function.identity()));
        List<NextStepAction> own = actions.findByMeetingIdOrderByPosition(meetingId);
        Map<Long, NextStepAction> continuations = own.stream()
                .filter(a -> a.getContinuesAction() != null)
                .collect(Collectors.toMap(NextStepAction::getContinuesAction, Function.identity()));
        List<NewAction> toAdd = new ArrayList<>();
        List<NextStepAction> toRemove = new ArrayList<>();
        int nextPosition =
                own.stream().mapToInt(NextStepAction::getPosition).max().orElse(0);
        for (ReviewInput input : inputs) {
            NextStepAction action = reviewable.get(input.actionId());
            if (action == null) {
                continue; // not this ECT's open action: ignored, never revealed
            }
            ActionReview review = existing.computeIfAbsent(action.getId(), id -> new ActionReview(meetingId, id));
            review.record(input.whatDone(), input.impact(), input.evaluation(), input.whatNext(), input.outcome());
            if (review.getMeetingId() == meetingId && !entityManager.contains(review)) {
                reviews.save(review);
            }
            action.review(input.outcome());
            NextStepAction continuation = continuations.get(action.getId());
            if (input.outcome() == ActionStatus.CONTINUED && continuation == null) {
                toAdd.add(new NewAction(
                        meetingId,
                        meeting.getEctId(),
                        ++nextPosition,
                        action.continuedAt(meeting.getMeetsOn()),
                        action.getId(),
                        null));
            } else if (input.outcome() != ActionStatus.CONTINUED
                    && continuation != null
                    && continuation.getStatus() == ActionStatus.OPEN) {
                toRemove.add(continuation);
            }
        }
        actions.deleteAllInBatch(toRemove);
        persistNew(toAdd);
    }

    public record ActionInput(Long id, ActionText text) {}

    /** Agrees this meeting's actions: new ones in one batched insert, changed ones in one batched update. */
    @Transactional
    void agree(MentorMeeting meeting, List<ActionInput> inputs) {
        long meetingId = meeting.getId();
        Map<Long, NextStepAction> own = actions.findByMeetingIdOrderByPosition(meetingId).stream()
                .collect(Collectors.toMap(NextStepAction::getId, Function.identity()));
        List<NewAction> toAdd = new ArrayList<>();
        int index = 0;
        for (ActionInput input : inputs) {
            index++;
            NextStepAction existing = input.id() == null ? null : own.get(input.id());
            if (existing != null) {
                if (!existing.sameTextAs(input.text()) || existing.getPosition() != index) {
                    existing.rewrite(index, input.text());
                }
            } else {
                toAdd.add(new NewAction(meetingId, meeting.getEctId(), index, input.text(), null, null));
            }
        }
        persistNew(toAdd);
    }

    /**
     * The ECT's key actions from a training session join their actions, for their mentor's next Review. They
     * replace that session's actions that no mentor has reviewed yet (still open, with no review in any meeting);
     * reviewed ones stay as they are, and words the same as one of them are not added again.
     */
    @Transactional
    void planFromSession(SessionOrigin origin, long ectId, List<String> planned) {
        List<NextStepAction> earlier =
                actions.findByTrainingSessionIdAndEctIdOrderByPosition(origin.sessionId(), ectId);
        Set<Long> reviewed = reviews
                .findByActionIdIn(earlier.stream().map(NextStepAction::getId).toList())
                .stream()
                .map(ActionReview::getActionId)
                .collect(Collectors.toSet());
        List<NextStepAction> unreviewed = earlier.stream()
                .filter(a -> a.getStatus() == ActionStatus.OPEN && !reviewed.contains(a.getId()))
                .toList();
        Set<String> kept = earlier.stream()
                .filter(a -> !unreviewed.contains(a))
                .map(NextStepAction::getAction)
                .collect(Collectors.toSet());
        actions.deleteAllInBatch(unreviewed);
        int position =
                earlier.stream().mapToInt(NextStepAction::getPosition).max().orElse(0);
        List<NewAction> toAdd = new ArrayList<>();
        for (String words : planned) {
            String action = words == null ? "" : words.strip();
            if (!action.isEmpty() && kept.add(action)) {
                toAdd.add(new NewAction(
                        null, ectId, ++position, new ActionText(action, null, null, null, null), null, origin));
            }
        }
        persistNew(toAdd);
    }

    /** An action to insert once it has an id: agreed in a meeting, or planned in a session ({@code origin}). */
    private record NewAction(
            Long meetingId, long ectId, int position, ActionText text, Long continuesAction, SessionOrigin origin) {}

    /**
     * Gives new actions their ids from the pooled sequence (one {@code nextval} per fifty ids, the content's own
     * allocator, V80), then persists them for one batched insert.
     */
    private void persistNew(List<NewAction> toAdd) {
        if (toAdd.isEmpty()) {
            return;
        }
        List<Long> ids = actionIds.next(toAdd.size());
        for (int i = 0; i < toAdd.size(); i++) {
            NewAction a = toAdd.get(i);
            long id = ids.get(i);
            entityManager.persist(
                    a.origin() != null
                            ? NextStepAction.fromSession(
                                    id, a.ectId(), a.position(), a.text().action(), a.origin())
                            : new NextStepAction(
                                    id, a.meetingId(), a.ectId(), a.position(), a.text(), a.continuesAction()));
        }
    }

    /** The only change an ECT makes: a note of their progress on one of their own actions. */
    @Transactional
    public void recordProgress(SignedInUser ect, long actionId, String note) {
        access.actionForEct(ect, actionId).recordProgress(note == null ? "" : note.strip());
    }
}
