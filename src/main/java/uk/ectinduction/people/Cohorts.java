package uk.ectinduction.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.people.internal.AppUser;
import uk.ectinduction.people.internal.AppUserRepository;
import uk.ectinduction.people.internal.Cohort;
import uk.ectinduction.people.internal.CohortException;
import uk.ectinduction.people.internal.CohortMembership;
import uk.ectinduction.people.internal.CohortMembershipRepository;
import uk.ectinduction.people.internal.CohortRepository;
import uk.ectinduction.people.internal.NotFoundException;
import uk.ectinduction.people.internal.StaleEditException;

/** Cohorts, their school calendars and members, and where each cohort is in its programme. */
@Service
@Transactional(readOnly = true)
public class Cohorts {

    private final CohortRepository cohorts;
    private final CohortMembershipRepository memberships;
    private final AppUserRepository users;
    private final Clock clock;

    Cohorts(CohortRepository cohorts, CohortMembershipRepository memberships, AppUserRepository users, Clock clock) {
        this.cohorts = cohorts;
        this.memberships = memberships;
        this.users = users;
        this.clock = clock;
    }

    public List<CohortSummary> all() {
        Map<Long, Long> counts = ectCounts();
        return cohorts.findAllByOrderByNameAsc().stream()
                .map(c -> summary(c, counts))
                .toList();
    }

    public List<CohortSummary> taughtBy(long tutorId) {
        Map<Long, Long> counts = ectCounts();
        return cohorts.findByTutor(tutorId).stream()
                .map(c -> summary(c, counts))
                .toList();
    }

    /** Where each given ECT's cohort is today, in a fixed number of queries whatever the number of ECTs. */
    public Map<Long, CohortWeek> weeksOfEcts(Collection<Long> ectIds) {
        if (ectIds.isEmpty()) {
            return Map.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, CohortWeek> byCohort = new HashMap<>();
        Map<Long, CohortWeek> result = new HashMap<>();
        for (CohortMembership membership : memberships.findByEctIds(ectIds)) {
            Cohort cohort = membership.getCohort();
            result.put(membership.getEctId(), byCohort.computeIfAbsent(cohort.getId(), id -> weekOf(cohort, today)));
        }
        return result;
    }

    /** Where each cohort a tutor teaches is today. */
    public List<CohortWeek> weeksOfCohortsTaughtBy(long tutorId) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Long> counts = ectCounts();
        return cohorts.findByTutor(tutorId).stream()
                .map(c -> {
                    ProgrammeCalendar calendar = c.calendar();
                    return new CohortWeek(summary(c, counts), calendar.weekOn(today), calendar.nextWeekAfter(today));
                })
                .toList();
    }

    public Optional<CohortWeek> weekOfEct(long ectId) {
        return Optional.ofNullable(weeksOfEcts(List.of(ectId)).get(ectId));
    }

    public CohortWeek weekOfCohort(long cohortId) {
        Cohort cohort = cohort(cohortId);
        return weekOf(cohort, LocalDate.now(clock));
    }

    private Cohort cohort(long cohortId) {
        return cohorts.findById(cohortId).orElseThrow(() -> new NotFoundException("no such cohort"));
    }

    private CohortWeek weekOf(Cohort cohort, LocalDate day) {
        ProgrammeCalendar calendar = cohort.calendar();
        return new CohortWeek(summary(cohort, Map.of()), calendar.weekOn(day), calendar.nextWeekAfter(day));
    }

    private Map<Long, Long> ectCounts() {
        return memberships.countByCohort().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    private static CohortSummary summary(Cohort c, Map<Long, Long> counts) {
        return new CohortSummary(
                c.getId(), c.getName(), c.getProgrammeSlug(), c.getStartsOn(), counts.getOrDefault(c.getId(), 0L));
    }

    // ----- administration -----

    @Transactional
    public long create(
            String name, String programmeSlug, LocalDate startsOn, List<DateRange> terms, List<DateRange> holidays) {
        if (cohorts.findByNameIgnoreCase(name.trim()).isPresent()) {
            throw new CohortException("a cohort called " + name.trim() + " already exists");
        }
        Cohort cohort = new Cohort(name.trim(), programmeSlug.trim(), startsOn);
        cohort.getTerms().addAll(terms);
        cohort.getHolidays().addAll(holidays);
        return cohorts.saveAndFlush(cohort).getId();
    }

    /**
     * Creates the named cohort, or moves an existing one to {@code programmeSlug}, and sets its start so that
     * today, on its own terms and holidays, is programme week {@code weekToday}. When today is in no programme
     * week (a holiday in its calendar) the start is left as it was. Returns the cohort's id.
     */
    @Transactional
    public long startSoThatTodayIsWeek(String name, String programmeSlug, int weekToday) {
        LocalDate today = LocalDate.now(clock);
        Cohort cohort = cohorts.findByNameIgnoreCase(name.trim())
                .orElseGet(() -> cohorts.save(new Cohort(name.trim(), programmeSlug, today)));
        LocalDate startsOn = ProgrammeCalendar.startSoThatWeekOn(
                        today, weekToday, cohort.getTerms(), cohort.getHolidays())
                .orElse(cohort.getStartsOn());
        cohort.update(cohort.getName(), programmeSlug, startsOn);
        return cohorts.saveAndFlush(cohort).getId();
    }

    /** Replaces a cohort's details and calendar, refusing if someone else saved it since {@code version}. */
    @Transactional
    public void update(
            long cohortId,
            long version,
            String name,
            String programmeSlug,
            LocalDate startsOn,
            List<DateRange> terms,
            List<DateRange> holidays) {
        Cohort cohort = cohort(cohortId);
        if (cohort.getVersion() != version) {
            throw new StaleEditException();
        }
        cohorts.findByNameIgnoreCase(name.trim())
                .filter(other -> !other.getId().equals(cohortId))
                .ifPresent(other -> {
                    throw new CohortException("a cohort called " + name.trim() + " already exists");
                });
        cohort.update(name.trim(), programmeSlug.trim(), startsOn);
        if (!cohort.getTerms().equals(terms)) {
            cohort.getTerms().clear();
            cohort.getTerms().addAll(terms);
        }
        if (!cohort.getHolidays().equals(holidays)) {
            cohort.getHolidays().clear();
            cohort.getHolidays().addAll(holidays);
        }
    }

    @Transactional
    public void setTutors(long cohortId, Collection<Long> tutorIds) {
        Cohort cohort = cohort(cohortId);
        List<AppUser> tutors = users.findAllWithRoles(tutorIds);
        tutors.stream()
                .filter(t -> !t.getRoles().contains(Role.INDUCTION_TUTOR))
                .findFirst()
                .ifPresent(t -> {
                    throw new CohortException(t.getEmail() + " is not an induction tutor");
                });
        if (cohort.getTutors().equals(Set.copyOf(tutors))) {
            return; // touching the collection would bump the version and spoil an admin's open edit
        }
        cohort.getTutors().clear();
        cohort.getTutors().addAll(tutors);
    }

    /** Puts the ECT in the cohort (moving them from another); unchanged if already there. */
    @Transactional
    public boolean enrol(long ectId, long cohortId) {
        Cohort cohort = cohort(cohortId);
        Optional<CohortMembership> current = memberships.findById(ectId);
        if (current.isPresent() && current.get().getCohort().getId().equals(cohortId)) {
            return false;
        }
        current.ifPresentOrElse(
                m -> m.moveTo(cohort, LocalDate.now(clock)),
                () -> memberships.save(new CohortMembership(ectId, cohort, LocalDate.now(clock))));
        return true;
    }

    /** Makes the induction tutor one of the cohort's tutors, beside any it has; unchanged if already one. */
    @Transactional
    public boolean addTutor(long tutorId, long cohortId) {
        Cohort cohort = cohort(cohortId);
        AppUser tutor = users.findById(tutorId).orElseThrow(() -> new NotFoundException("no such tutor"));
        if (!tutor.getRoles().contains(Role.INDUCTION_TUTOR)) {
            throw new CohortException(tutor.getEmail() + " is not an induction tutor");
        }
        return cohort.getTutors().add(tutor);
    }

    /** The ids of a cohort's ECTs, for counts about the cohort that name no one. */
    public List<Long> ectIdsOf(long cohortId) {
        return memberships.findEctIdsByCohortId(cohortId);
    }

    /** Cohort name of each ECT that has one. */
    public Map<Long, String> cohortNamesOf(Collection<Long> ectIds) {
        if (ectIds.isEmpty()) {
            return Map.of();
        }
        return memberships.findByEctIds(ectIds).stream()
                .collect(Collectors.toMap(
                        CohortMembership::getEctId, m -> m.getCohort().getName()));
    }
}
