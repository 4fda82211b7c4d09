package uk.ectinduction.meetings.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.content.ContentPages;
import uk.ectinduction.content.PageView;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.people.UserAccounts;

/**
 * Reading meetings, for each role: one meeting as its mentor (current or former) or its ECT sees it, and an ECT's
 * meetings and actions as a history. Access is checked through {@link MeetingAccess} in every method.
 */
@Service
@Transactional(readOnly = true)
public class MeetingViews {

    private final MentorMeetingRepository meetings;
    private final MeetingActivityRepository activities;
    private final NextStepActionRepository actions;
    private final ActionReviewRepository reviews;
    private final MeetingAccess access;
    private final ContentPages pages;
    private final UserAccounts accounts;

    MeetingViews(
            MentorMeetingRepository meetings,
            MeetingActivityRepository activities,
            NextStepActionRepository actions,
            ActionReviewRepository reviews,
            MeetingAccess access,
            ContentPages pages,
            UserAccounts accounts) {
        this.meetings = meetings;
        this.activities = activities;
        this.actions = actions;
        this.reviews = reviews;
        this.access = access;
        this.pages = pages;
        this.accounts = accounts;
    }

    public record ReviewItem(NextStepAction action, ActionReview review) {}

    /** A meeting as one reader sees it; {@code changeable} is false for its ECT and for a former mentor. */
    public record MeetingView(
            MentorMeeting meeting,
            Person ect,
            Person mentor,
            List<MeetingActivity> activities,
            PageView page,
            List<NextStepAction> actions,
            List<ReviewItem> reviews,
            MentorMeeting nextMeeting,
            boolean changeable) {

        public PageView.SectionView section(String anchor) {
            return page == null || anchor == null
                    ? null
                    : page.sections().stream()
                            .filter(s -> anchor.equals(s.anchor()))
                            .findFirst()
                            .orElse(null);
        }

        /** The module page the materials belong to, for the Plan activity's link to the module's statements. */
        public PageView.Link module() {
            return page == null || page.breadcrumbs().size() < 2
                    ? null
                    : page.breadcrumbs().get(1);
        }

        public MeetingActivity activity(int position) {
            return activities.stream()
                    .filter(s -> s.getPosition() == position)
                    .findFirst()
                    .orElseThrow(MeetingAccess.NotFound::new);
        }

        public Optional<MeetingActivity> firstOf(ActivityKind kind) {
            return activities.stream().filter(s -> s.getKind() == kind).findFirst();
        }
    }

    /** A meeting the mentor ran, to read (read-only once its ECT has moved to another mentor). */
    public MeetingView forMentor(SignedInUser mentor, long meetingId) {
        return mentorView(mentor, access.meetingForMentor(mentor, meetingId));
    }

    /** A meeting for its screens, which change it: a 404 for a former mentor. */
    public MeetingView toChange(SignedInUser mentor, long meetingId) {
        return mentorView(mentor, access.meetingToChange(mentor, meetingId));
    }

    private MeetingView mentorView(SignedInUser mentor, MentorMeeting meeting) {
        Person ect = accounts.currentMentees(mentor.id()).stream()
                .filter(p -> p.id() == meeting.getEctId())
                .findFirst()
                .orElse(unknownPerson(meeting.getEctId(), "Your former mentee"));
        Person self = mentor.asPerson();
        return view(
                meeting,
                ect,
                self,
                pages.page(meeting.getMaterialsPath(), mentor.roles()).orElse(null),
                access.mentorsNow(mentor, meeting.getEctId()));
    }

    public MeetingView forEct(SignedInUser ect, long meetingId) {
        MentorMeeting meeting = access.meetingForEct(ect, meetingId);
        Person mentor = accounts.currentMentor(ect.id())
                .filter(p -> p.id() == meeting.getMentorId())
                .orElse(unknownPerson(meeting.getMentorId(), "Your former mentor"));
        Person self = ect.asPerson();
        return view(meeting, self, mentor, null, false);
    }

    private MeetingView view(MentorMeeting meeting, Person ect, Person mentor, PageView page, boolean changeable) {
        Map<Long, ActionReview> byAction = reviews.findByMeetingId(meeting.getId()).stream()
                .collect(Collectors.toMap(ActionReview::getActionId, Function.identity()));
        // Open actions from other meetings are there to be reviewed; a reader who cannot review sees only the
        // reviews this meeting recorded, never a later mentor's actions.
        List<NextStepAction> reviewable = actions.findForReview(meeting.getEctId(), meeting.getId()).stream()
                .filter(a -> changeable || byAction.containsKey(a.getId()))
                .toList();
        List<ReviewItem> reviewItems = reviewable.stream()
                .map(a -> new ReviewItem(
                        a, byAction.getOrDefault(a.getId(), new ActionReview(meeting.getId(), a.getId()))))
                .toList();
        MentorMeeting next = meeting.getNextMeetingId() == null
                ? null
                : meetings.findById(meeting.getNextMeetingId()).orElse(null);
        return new MeetingView(
                meeting,
                ect,
                mentor,
                activities.findByMeetingIdOrderByPosition(meeting.getId()),
                page,
                actions.findByMeetingIdOrderByPosition(meeting.getId()),
                reviewItems,
                next,
                changeable);
    }

    private static Person unknownPerson(long id, String name) {
        return new Person(id, "", name, Set.of());
    }

    public record MenteeHistory(Person ect, List<MentorMeeting> meetings, List<NextStepAction> actions) {}

    public MenteeHistory historyForMentor(SignedInUser mentor, long ectId) {
        Person ect = access.menteeOf(mentor, ectId);
        return new MenteeHistory(
                ect,
                meetings.findByEctIdOrderByMeetsOnDescIdDesc(ectId),
                actions.findByEctIdOrderByDueOnAscIdAsc(ectId));
    }

    public MenteeHistory historyForEct(SignedInUser ect) {
        Person self = ect.asPerson();
        return new MenteeHistory(
                self,
                meetings.findByEctIdOrderByMeetsOnDescIdDesc(ect.id()),
                actions.findByEctIdOrderByDueOnAscIdAsc(ect.id()));
    }
}
