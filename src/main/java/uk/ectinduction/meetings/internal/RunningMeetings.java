package uk.ectinduction.meetings.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.content.ContentPages;
import uk.ectinduction.content.MentorMaterialsIndex;
import uk.ectinduction.content.MentorMaterialsIndex.MentorMaterials;
import uk.ectinduction.content.PageKind;
import uk.ectinduction.content.PageView;
import uk.ectinduction.content.ProgrammeWeeks;
import uk.ectinduction.meetings.internal.ActionThreads.ActionInput;
import uk.ectinduction.meetings.internal.ActionThreads.ReviewInput;
import uk.ectinduction.people.CohortWeek;
import uk.ectinduction.people.Cohorts;
import uk.ectinduction.people.SignedInUser;

/**
 * Starting and running a mentor meeting: choosing the week's materials, one save per activity, planning the next
 * meeting and cancelling. Every method checks access through {@link MeetingAccess} inside its own transaction, and
 * each save refuses (with {@link StaleMeetingException}) a form opened before the meeting's last save.
 */
@Service
@Transactional(readOnly = true)
public class RunningMeetings {

    private final MentorMeetingRepository meetings;
    private final MeetingActivityRepository activities;
    private final ActionThreads actions;
    private final MeetingAccess access;
    private final ContentPages pages;
    private final MentorMaterialsIndex materials;
    private final ProgrammeWeeks programmeWeeks;
    private final Cohorts cohorts;
    private final Clock clock;

    RunningMeetings(
            MentorMeetingRepository meetings,
            MeetingActivityRepository activities,
            ActionThreads actions,
            MeetingAccess access,
            ContentPages pages,
            MentorMaterialsIndex materials,
            ProgrammeWeeks programmeWeeks,
            Cohorts cohorts,
            Clock clock) {
        this.meetings = meetings;
        this.activities = activities;
        this.actions = actions;
        this.access = access;
        this.pages = pages;
        this.materials = materials;
        this.programmeWeeks = programmeWeeks;
        this.cohorts = cohorts;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ----- starting a meeting -----

    public record MaterialsChoice(List<MentorMaterials> options, String suggestedPath) {}

    /**
     * The mentor-materials pages to choose from (those of the ECT's cohort's programme first), and the first
     * mentor page of the programme week the cohort is in, or of its next week in a holiday.
     */
    public MaterialsChoice materialsFor(SignedInUser mentor, long ectId) {
        access.menteeOf(mentor, ectId);
        List<MentorMaterials> all = materials.all();
        Optional<CohortWeek> week = cohorts.weekOfEct(ectId);
        String programme = week.map(w -> w.cohort().programmeSlug()).orElse(null);
        // The cohort's programme first, then any other imported programme's mentor materials.
        List<MentorMaterials> options = new ArrayList<>(
                all.stream().filter(m -> m.programmeSlug().equals(programme)).toList());
        all.stream().filter(m -> !m.programmeSlug().equals(programme)).forEach(options::add);
        String suggested = week.flatMap(w -> w.thisWeek().or(w::nextWeek))
                .flatMap(w -> programmeWeeks.week(programme, w.number(), mentor.roles()))
                .flatMap(w -> w.mentorPages().stream().findFirst())
                .map(PageView.Link::href)
                .filter(path -> options.stream().anyMatch(m -> m.path().equals(path)))
                .orElse(null);
        return new MaterialsChoice(options, suggested);
    }

    /** Starts a planned meeting with a current mentee about one week's mentor materials; empty if no such page. */
    @Transactional
    public Optional<Long> start(SignedInUser mentor, long ectId, String materialsPath, LocalDate on, LocalTime at) {
        access.menteeOf(mentor, ectId);
        Optional<PageView> page = mentorPage(materialsPath, mentor);
        if (page.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(create(mentor.id(), ectId, page.get(), on, at));
    }

    private Optional<PageView> mentorPage(String path, SignedInUser mentor) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        return pages.page(path.strip(), mentor.roles()).filter(p -> p.kind() == PageKind.PART);
    }

    private long create(long mentorId, long ectId, PageView page, LocalDate on, LocalTime at) {
        MentorMeeting meeting = meetings.save(new MentorMeeting(mentorId, ectId, page.path(), page.title(), on, at));
        int position = 0;
        for (MeetingPlan.PlannedActivity planned : MeetingPlan.activitiesOf(page)) {
            activities.save(new MeetingActivity(
                    meeting.getId(), ++position, planned.name(), planned.kind(), planned.minutes(), planned.anchor()));
        }
        return meeting.getId();
    }

    // ----- saving -----

    private MentorMeeting editable(SignedInUser mentor, long meetingId, long expectedVersion) {
        MentorMeeting meeting = access.meetingToChange(mentor, meetingId);
        if (meeting.getVersion() != expectedVersion) {
            throw new StaleMeetingException();
        }
        return meeting;
    }

    private MeetingActivity activity(long meetingId, int position) {
        return activities.findByMeetingIdOrderByPosition(meetingId).stream()
                .filter(a -> a.getPosition() == position)
                .findFirst()
                .orElseThrow(MeetingAccess.NotFound::new);
    }

    /** Saves one activity's notes; returns the meeting's new version. */
    @Transactional
    public long saveNotes(SignedInUser mentor, long meetingId, long expectedVersion, int position, String notes) {
        MentorMeeting meeting = editable(mentor, meetingId, expectedVersion);
        activity(meetingId, position).takeNotes(notes);
        return saved(meeting);
    }

    private long saved(MentorMeeting meeting) {
        meeting.touch();
        meetings.flush();
        return meeting.getVersion();
    }

    /** Saves the Review activity: its notes and the review of each earlier action (see {@link ActionThreads}). */
    @Transactional
    public long saveReview(
            SignedInUser mentor,
            long meetingId,
            long expectedVersion,
            int position,
            String notes,
            List<ReviewInput> inputs) {
        MentorMeeting meeting = editable(mentor, meetingId, expectedVersion);
        activity(meetingId, position).takeNotes(notes);
        actions.review(meeting, inputs);
        return saved(meeting);
    }

    /**
     * Saves Next steps: the activity's notes, the meeting's actions (new ones in one batched insert, changed ones in one
     * batched update) and the next meeting's date, which plans the next meeting (or moves it, while still planned).
     * The number of SQL statements does not depend on the number of actions.
     */
    @Transactional
    public long saveNextSteps(
            SignedInUser mentor,
            long meetingId,
            long expectedVersion,
            int position,
            String notes,
            List<ActionInput> inputs,
            LocalDate nextOn,
            LocalTime nextAt) {
        MentorMeeting meeting = editable(mentor, meetingId, expectedVersion);
        activity(meetingId, position).takeNotes(notes);
        actions.agree(meeting, inputs);
        if (nextOn != null) {
            planNext(mentor, meeting, nextOn, nextAt);
        }
        meeting.hold();
        meetings.flush();
        return meeting.getVersion();
    }

    private void planNext(SignedInUser mentor, MentorMeeting meeting, LocalDate on, LocalTime at) {
        if (meeting.getNextMeetingId() != null) {
            meetings.findById(meeting.getNextMeetingId())
                    .filter(next -> next.getStatus() == MeetingStatus.PLANNED)
                    .ifPresent(next -> next.reschedule(on, at));
            return;
        }
        List<MentorMaterials> all = materials.all();
        String nextPath = meeting.getMaterialsPath();
        for (int i = 0; i + 1 < all.size(); i++) {
            if (all.get(i).path().equals(meeting.getMaterialsPath())
                    && all.get(i + 1).programmeSlug().equals(all.get(i).programmeSlug())) {
                nextPath = all.get(i + 1).path();
            }
        }
        Optional<PageView> page = mentorPage(nextPath, mentor).or(() -> mentorPage(meeting.getMaterialsPath(), mentor));
        if (page.isPresent()) {
            meeting.followedBy(create(meeting.getMentorId(), meeting.getEctId(), page.get(), on, at));
        }
    }

    @Transactional
    public void cancel(SignedInUser mentor, long meetingId, long expectedVersion) {
        editable(mentor, meetingId, expectedVersion).cancel();
    }
}
