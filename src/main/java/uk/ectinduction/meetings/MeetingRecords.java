package uk.ectinduction.meetings;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.content.ContentPages;
import uk.ectinduction.content.MentorMaterialsIndex;
import uk.ectinduction.content.MentorMaterialsIndex.MentorMaterials;
import uk.ectinduction.content.PageView;
import uk.ectinduction.content.ProgrammeWeeks;
import uk.ectinduction.people.CohortWeek;
import uk.ectinduction.people.Cohorts;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.meetings.NextStepAction.ActionText;

/**
 * Starting, running and reading mentor meetings. Every method checks access through {@link MeetingAccess} inside
 * its own transaction, and each save refuses (with {@link StaleMeetingException}) a form opened before the
 * meeting's last save.
 */
@Service
@Transactional(readOnly = true)
class MeetingRecords {

    private final MentorMeetingRepository meetings;
    private final MeetingActivityRepository activities;
    private final NextStepActionRepository actions;
    private final ActionReviewRepository reviews;
    private final MeetingAccess access;
    private final ContentPages pages;
    private final MentorMaterialsIndex materials;
    private final ProgrammeWeeks programmeWeeks;
    private final Cohorts cohorts;
    private final UserAccounts accounts;
    private final EntityManager entityManager;
    private final Clock clock;

    MeetingRecords(MentorMeetingRepository meetings, MeetingActivityRepository activities,
            NextStepActionRepository actions, ActionReviewRepository reviews, MeetingAccess access,
            ContentPages pages, MentorMaterialsIndex materials, ProgrammeWeeks programmeWeeks, Cohorts cohorts,
            UserAccounts accounts,
            EntityManager entityManager, Clock clock) {
        this.meetings = meetings;
        this.activities = activities;
        this.actions = actions;
        this.reviews = reviews;
        this.access = access;
        this.pages = pages;
        this.materials = materials;
        this.programmeWeeks = programmeWeeks;
        this.cohorts = cohorts;
        this.accounts = accounts;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    // ----- starting a meeting -----

    record MaterialsChoice(List<MentorMaterials> options, String suggestedPath) {
    }

    /**
     * The mentor-materials pages to choose from (those of the ECT's cohort's programme first), and the first
     * mentor page of the programme week the cohort is in, or of its next week in a holiday.
     */
    MaterialsChoice materialsFor(SignedInUser mentor, long ectId) {
        access.menteeOf(mentor, ectId);
        List<MentorMaterials> all = materials.all();
        Optional<CohortWeek> week = cohorts.weekOfEct(ectId);
        String programme = week.map(w -> w.cohort().programmeSlug()).orElse(null);
        // The cohort's programme first, then any other imported programme's mentor materials.
        List<MentorMaterials> options = new ArrayList<>(all.stream()
                .filter(m -> m.programmeSlug().equals(programme)).toList());
        all.stream().filter(m -> !m.programmeSlug().equals(programme)).forEach(options::add);
        String suggested = week.flatMap(w -> w.thisWeek().or(w::nextWeek))
                .flatMap(w -> programmeWeeks.week(programme, w.number(), mentor.roles()))
                .flatMap(w -> w.mentorPages().stream().findFirst()).map(PageView.Link::href)
                .filter(path -> options.stream().anyMatch(m -> m.path().equals(path)))
                .orElse(null);
        return new MaterialsChoice(options, suggested);
    }

    /** Starts a planned meeting with a current mentee about one week's mentor materials; empty if no such page. */
    @Transactional
    Optional<Long> start(SignedInUser mentor, long ectId, String materialsPath, LocalDate on, LocalTime at) {
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
        return pages.page(path.strip(), mentor.roles()).filter(p -> "PART".equals(p.kind()));
    }

    private long create(long mentorId, long ectId, PageView page, LocalDate on, LocalTime at) {
        MentorMeeting meeting = meetings.save(new MentorMeeting(mentorId, ectId, page.path(), page.title(), on, at));
        int position = 0;
        for (MeetingPlan.Step step : MeetingPlan.stepsOf(page)) {
            activities.save(new MeetingActivity(meeting.getId(), ++position, step.name(), step.kind(), step.minutes(),
                    step.anchor()));
        }
        return meeting.getId();
    }

    // ----- reading -----

    record ReviewItem(NextStepAction action, ActionReview review) {
    }

    /** A meeting as one reader sees it; {@code changeable} is false for its ECT and for a former mentor. */
    record MeetingView(MentorMeeting meeting, Person ect, Person mentor, List<MeetingActivity> steps,
            PageView page, List<NextStepAction> actions, List<ReviewItem> reviews, MentorMeeting nextMeeting,
            boolean changeable) {

        public PageView.SectionView section(String anchor) {
            return page == null || anchor == null ? null
                    : page.sections().stream().filter(s -> anchor.equals(s.anchor())).findFirst().orElse(null);
        }

        /** The module page the materials belong to, for the Plan step's link to the module's statements. */
        public PageView.Link module() {
            return page == null || page.breadcrumbs().size() < 2 ? null : page.breadcrumbs().get(1);
        }

        public MeetingActivity step(int position) {
            return steps.stream().filter(s -> s.getPosition() == position).findFirst()
                    .orElseThrow(MeetingAccess.NotFound::new);
        }

        public Optional<MeetingActivity> firstOf(ActivityKind kind) {
            return steps.stream().filter(s -> s.getKind() == kind).findFirst();
        }
    }

    /** A meeting the mentor ran, to read (read-only once its ECT has moved to another mentor). */
    MeetingView forMentor(SignedInUser mentor, long meetingId) {
        return mentorView(mentor, access.meetingForMentor(mentor, meetingId));
    }

    /** A meeting for its screens, which change it: a 404 for a former mentor. */
    MeetingView toChange(SignedInUser mentor, long meetingId) {
        return mentorView(mentor, access.meetingToChange(mentor, meetingId));
    }

    private MeetingView mentorView(SignedInUser mentor, MentorMeeting meeting) {
        Person ect = accounts.currentMentees(mentor.id()).stream().filter(p -> p.id() == meeting.getEctId())
                .findFirst().orElse(unknownPerson(meeting.getEctId(), "Your former mentee"));
        Person self = new Person(mentor.id(), mentor.getUsername(), mentor.displayName(), mentor.roles());
        return view(meeting, ect, self, pages.page(meeting.getMaterialsPath(), mentor.roles()).orElse(null),
                access.mentorsNow(mentor, meeting.getEctId()));
    }

    MeetingView forEct(SignedInUser ect, long meetingId) {
        MentorMeeting meeting = access.meetingForEct(ect, meetingId);
        Person mentor = accounts.currentMentor(ect.id()).filter(p -> p.id() == meeting.getMentorId())
                .orElse(unknownPerson(meeting.getMentorId(), "Your former mentor"));
        Person self = new Person(ect.id(), ect.getUsername(), ect.displayName(), ect.roles());
        return view(meeting, self, mentor, null, false);
    }

    private MeetingView view(MentorMeeting meeting, Person ect, Person mentor, PageView page, boolean changeable) {
        Map<Long, ActionReview> byAction = reviews.findByMeetingId(meeting.getId()).stream()
                .collect(Collectors.toMap(ActionReview::getActionId, Function.identity()));
        // Open actions from other meetings are there to be reviewed; a reader who cannot review sees only the
        // reviews this meeting recorded, never a later mentor's actions.
        List<NextStepAction> reviewable = actions.findForReview(meeting.getEctId(), meeting.getId()).stream()
                .filter(a -> changeable || byAction.containsKey(a.getId())).toList();
        List<ReviewItem> reviewItems = reviewable.stream()
                .map(a -> new ReviewItem(a, byAction.getOrDefault(a.getId(), new ActionReview(meeting.getId(),
                        a.getId())))).toList();
        MentorMeeting next = meeting.getNextMeetingId() == null ? null
                : meetings.findById(meeting.getNextMeetingId()).orElse(null);
        return new MeetingView(meeting, ect, mentor, activities.findByMeetingIdOrderByPosition(meeting.getId()),
                page, actions.findByMeetingIdOrderByPosition(meeting.getId()), reviewItems, next, changeable);
    }

    private static Person unknownPerson(long id, String name) {
        return new Person(id, "", name, java.util.Set.of());
    }

    record MenteeHistory(Person ect, List<MentorMeeting> meetings, List<NextStepAction> actions) {
    }

    MenteeHistory historyForMentor(SignedInUser mentor, long ectId) {
        Person ect = access.menteeOf(mentor, ectId);
        return new MenteeHistory(ect, meetings.findByEctIdOrderByMeetsOnDescIdDesc(ectId),
                actions.findByEctIdOrderByDueOnAscIdAsc(ectId));
    }

    MenteeHistory historyForEct(SignedInUser ect) {
        Person self = new Person(ect.id(), ect.getUsername(), ect.displayName(), ect.roles());
        return new MenteeHistory(self, meetings.findByEctIdOrderByMeetsOnDescIdDesc(ect.id()),
                actions.findByEctIdOrderByDueOnAscIdAsc(ect.id()));
    }

    /** An action with the actions it continues and those that continue it, oldest first, and their reviews. */
    record Thread(NextStepAction action, List<NextStepAction> thread, Map<Long, List<ActionReview>> reviews,
            Map<Long, LocalDate> meetingDates) {
    }

    Thread threadForMentor(SignedInUser mentor, long actionId) {
        NextStepAction action = access.actionForMentor(mentor, actionId);
        return thread(action, access.readableMeetings(mentor, action.getEctId()));
    }

    Thread threadForEct(SignedInUser ect, long actionId) {
        return thread(access.actionForEct(ect, actionId), id -> true);
    }

    /** The action's thread, keeping only the actions set, and the reviews recorded, in meetings the reader may read. */
    private Thread thread(NextStepAction action, LongPredicate readable) {
        Map<Long, NextStepAction> all = actions.findByEctIdOrderByDueOnAscIdAsc(action.getEctId()).stream()
                .filter(a -> readable.test(a.getMeetingId()))
                .collect(Collectors.toMap(NextStepAction::getId, Function.identity()));
        Map<Long, NextStepAction> continuedBy = new HashMap<>();
        all.values().stream().filter(a -> a.getContinuesAction() != null)
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
        Map<Long, LocalDate> dates = meetings.findAllById(
                        thread.stream().map(NextStepAction::getMeetingId).distinct().toList()).stream()
                .collect(Collectors.toMap(MentorMeeting::getId, MentorMeeting::getMeetsOn));
        byAction.values().forEach(list -> list.forEach(r -> dates.computeIfAbsent(r.getMeetingId(),
                id -> meetings.findById(id).map(MentorMeeting::getMeetsOn).orElse(null))));
        return new Thread(action, thread, byAction, dates);
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
                .filter(a -> a.getPosition() == position).findFirst().orElseThrow(MeetingAccess.NotFound::new);
    }

    /** Saves one activity's notes; returns the meeting's new version. */
    @Transactional
    long saveNotes(SignedInUser mentor, long meetingId, long expectedVersion, int position, String notes) {
        MentorMeeting meeting = editable(mentor, meetingId, expectedVersion);
        activity(meetingId, position).takeNotes(notes);
        return saved(meeting);
    }

    private long saved(MentorMeeting meeting) {
        meeting.touch();
        meetings.flush();
        return meeting.getVersion();
    }

    record ReviewInput(long actionId, String whatDone, String impact, String evaluation, String whatNext,
            ActionStatus outcome) {
    }

    /**
     * Saves the Review: the step's notes and, for each earlier action, what the mentor recorded and its outcome.
     * A continued action gets a new open action in this meeting that continues its thread; un-continuing it removes
     * that new action while it is still untouched.
     */
    @Transactional
    long saveReview(SignedInUser mentor, long meetingId, long expectedVersion, int position, String notes,
            List<ReviewInput> inputs) {
        MentorMeeting meeting = editable(mentor, meetingId, expectedVersion);
        activity(meetingId, position).takeNotes(notes);
        Map<Long, NextStepAction> reviewable = actions.findForReview(meeting.getEctId(), meetingId).stream()
                .collect(Collectors.toMap(NextStepAction::getId, Function.identity()));
        Map<Long, ActionReview> existing = reviews.findByMeetingId(meetingId).stream()
                .collect(Collectors.toMap(ActionReview::getActionId, Function.identity()));
        List<NextStepAction> own = actions.findByMeetingIdOrderByPosition(meetingId);
        Map<Long, NextStepAction> continuations = own.stream().filter(a -> a.getContinuesAction() != null)
                .collect(Collectors.toMap(NextStepAction::getContinuesAction, Function.identity()));
        List<NewAction> toAdd = new ArrayList<>();
        List<NextStepAction> toRemove = new ArrayList<>();
        int nextPosition = own.stream().mapToInt(NextStepAction::getPosition).max().orElse(0);
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
                toAdd.add(new NewAction(meetingId, meeting.getEctId(), ++nextPosition,
                        action.continuedAt(meeting.getMeetsOn()), action.getId()));
            } else if (input.outcome() != ActionStatus.CONTINUED && continuation != null
                    && continuation.getStatus() == ActionStatus.OPEN) {
                toRemove.add(continuation);
            }
        }
        actions.deleteAllInBatch(toRemove);
        persistNew(toAdd);
        return saved(meeting);
    }

    record ActionInput(Long id, ActionText text) {
    }

    /**
     * Saves Next steps: the step's notes, the meeting's actions (new ones in one batched insert, changed ones in one
     * batched update) and the next meeting's date, which plans the next meeting (or moves it, while still planned).
     * The number of SQL statements does not depend on the number of actions.
     */
    @Transactional
    long saveNextSteps(SignedInUser mentor, long meetingId, long expectedVersion, int position, String notes,
            List<ActionInput> inputs, LocalDate nextOn, LocalTime nextAt) {
        MentorMeeting meeting = editable(mentor, meetingId, expectedVersion);
        activity(meetingId, position).takeNotes(notes);
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
                toAdd.add(new NewAction(meetingId, meeting.getEctId(), index, input.text(), null));
            }
        }
        persistNew(toAdd);
        if (nextOn != null) {
            planNext(mentor, meeting, nextOn, nextAt);
        }
        meeting.hold();
        meetings.flush();
        return meeting.getVersion();
    }

    /** An action to insert once it has an id. */
    private record NewAction(long meetingId, long ectId, int position, ActionText text, Long continuesAction) {
    }

    /** Gives new actions their ids in one statement, then persists them for one batched insert. */
    private void persistNew(List<NewAction> toAdd) {
        if (toAdd.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = entityManager.createNativeQuery(
                        "select nextval('next_step_action_id_seq') from generate_series(1, :n)")
                .setParameter("n", toAdd.size()).getResultList();
        for (int i = 0; i < toAdd.size(); i++) {
            NewAction a = toAdd.get(i);
            entityManager.persist(new NextStepAction(ids.get(i).longValue(), a.meetingId(), a.ectId(), a.position(),
                    a.text(), a.continuesAction()));
        }
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
        Optional<PageView> page = mentorPage(nextPath, mentor)
                .or(() -> mentorPage(meeting.getMaterialsPath(), mentor));
        if (page.isPresent()) {
            meeting.followedBy(create(meeting.getMentorId(), meeting.getEctId(), page.get(), on, at));
        }
    }

    @Transactional
    void cancel(SignedInUser mentor, long meetingId, long expectedVersion) {
        editable(mentor, meetingId, expectedVersion).cancel();
    }

    /** The only change an ECT makes: a note of their progress on one of their own actions. */
    @Transactional
    void recordProgress(SignedInUser ect, long actionId, String note) {
        access.actionForEct(ect, actionId).recordProgress(note == null ? "" : note.strip());
    }
}
