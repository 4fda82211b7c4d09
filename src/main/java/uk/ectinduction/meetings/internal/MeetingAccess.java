package uk.ectinduction.meetings.internal;

import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.people.UserAccounts;

/**
 * The one place that says who may see and change a meeting or an action. A meeting's mentor edits it while they are
 * still its ECT's current mentor; once the ECT has moved to another mentor, the former mentor may only read the
 * meetings they ran and the actions agreed in them (docs/meetings.md). The ECT sees their own meetings and actions
 * and may only record an action's progress; an ECT's current mentor sees all the ECT's actions (to review them);
 * nobody else learns that a record exists: every refusal is a 404.
 */
@Component
@Transactional(readOnly = true)
public class MeetingAccess {

    /** Answers 404, whether the record is missing or not the reader's: the two are never told apart. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public static class NotFound extends RuntimeException {
        public NotFound() {
            super("not found", null, false, false);
        }
    }

    private final MentorMeetingRepository meetings;
    private final NextStepActionRepository actions;
    private final UserAccounts accounts;

    MeetingAccess(MentorMeetingRepository meetings, NextStepActionRepository actions, UserAccounts accounts) {
        this.meetings = meetings;
        this.actions = actions;
        this.accounts = accounts;
    }

    /** The ECT, if the user is their current mentor: only a current mentor starts meetings or sees the history. */
    Person menteeOf(SignedInUser user, long ectId) {
        if (!user.has(Role.MENTOR)) {
            throw new NotFound();
        }
        return accounts.currentMentees(user.id()).stream()
                .filter(p -> p.id() == ectId)
                .findFirst()
                .orElseThrow(NotFound::new);
    }

    /** A meeting the mentor ran, to read: still theirs to read after its ECT has moved to another mentor. */
    MentorMeeting meetingForMentor(SignedInUser user, long meetingId) {
        return meetings.findById(meetingId)
                .filter(m -> user.has(Role.MENTOR) && m.getMentorId() == user.id())
                .orElseThrow(NotFound::new);
    }

    /** A meeting the mentor may change: their own, with an ECT they still mentor. */
    MentorMeeting meetingToChange(SignedInUser user, long meetingId) {
        MentorMeeting meeting = meetingForMentor(user, meetingId);
        if (!mentorsNow(user, meeting.getEctId())) {
            throw new NotFound();
        }
        return meeting;
    }

    boolean mentorsNow(SignedInUser user, long ectId) {
        return user.has(Role.MENTOR)
                && accounts.currentMentor(ectId)
                        .filter(p -> p.id() == user.id())
                        .isPresent();
    }

    /**
     * Which of an ECT's meetings a mentor may read the records of (actions, reviews): all of them for the ECT's
     * current mentor, only the ones they ran for a former mentor.
     */
    LongPredicate readableMeetings(SignedInUser user, long ectId) {
        if (mentorsNow(user, ectId)) {
            return id -> true;
        }
        Set<Long> own = meetings.findByEctIdOrderByMeetsOnDescIdDesc(ectId).stream()
                .filter(m -> m.getMentorId() == user.id())
                .map(MentorMeeting::getId)
                .collect(Collectors.toSet());
        return own::contains;
    }

    MentorMeeting meetingForEct(SignedInUser user, long meetingId) {
        return meetings.findById(meetingId)
                .filter(m -> user.has(Role.ECT) && m.getEctId() == user.id())
                .orElseThrow(NotFound::new);
    }

    /** An action for its ECT's current mentor, or for the mentor of the meeting that set it. */
    NextStepAction actionForMentor(SignedInUser user, long actionId) {
        NextStepAction action = actions.findById(actionId).orElseThrow(NotFound::new);
        if (!user.has(Role.MENTOR)) {
            throw new NotFound();
        }
        // An action from a training session was set in no meeting: only the ECT's current mentor sees it.
        boolean setByThem = action.getMeetingId() != null
                && meetings.findById(action.getMeetingId())
                        .filter(m -> m.getMentorId() == user.id())
                        .isPresent();
        if (!setByThem && !mentorsNow(user, action.getEctId())) {
            throw new NotFound();
        }
        return action;
    }

    NextStepAction actionForEct(SignedInUser user, long actionId) {
        return actions.findById(actionId)
                .filter(a -> user.has(Role.ECT) && a.getEctId() == user.id())
                .orElseThrow(NotFound::new);
    }
}
