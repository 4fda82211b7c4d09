package uk.ectinduction.training.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.people.CohortSummary;
import uk.ectinduction.people.Cohorts;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.training.AttendanceMark;
import uk.ectinduction.training.SessionException;

/**
 * A session's register, taken by its tutors during or after the session, and the attendance rates it gives the
 * tutor's list. Only the cohort's ECTs are on the register: a mark for anyone else refuses the whole register.
 */
@Service
@Transactional(readOnly = true)
public class SessionRegister {

    /** One line of the register; {@code mark} is null until the tutor marks the ECT. */
    public record Line(long ectId, String name, AttendanceMark mark, String reason) {}

    /** What the tutor marked for one ECT. */
    public record Marking(AttendanceMark mark, String reason) {}

    /** Sessions attended (present or late) out of those an ECT or a cohort was marked at. */
    public record Rate(String name, long attended, long marked) {
        public long percent() {
            return marked == 0 ? 0 : Math.round(100.0 * attended / marked);
        }
    }

    /** A cohort's rate with its ECTs' rates, by name. */
    public record CohortRate(Rate cohort, List<Rate> ects) {}

    private final AttendanceRepository attendance;
    private final SessionAccess access;
    private final Cohorts cohorts;
    private final UserAccounts accounts;
    private final Clock clock;

    SessionRegister(
            AttendanceRepository attendance,
            SessionAccess access,
            Cohorts cohorts,
            UserAccounts accounts,
            Clock clock) {
        this.attendance = attendance;
        this.access = access;
        this.cohorts = cohorts;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The cohort's ECTs by name, each with their mark so far, for the session's tutors. */
    public List<Line> register(SignedInUser tutor, long sessionId) {
        TrainingSession session = access.toAct(tutor, sessionId);
        Map<Long, Attendance> marks = marks(sessionId);
        Map<Long, Person> people = accounts.people(cohorts.ectIdsOf(session.getCohortId()));
        return people.values().stream()
                .sorted(Comparator.comparing(Person::displayName))
                .map(p -> {
                    Attendance a = marks.get(p.id());
                    return new Line(
                            p.id(), p.displayName(), a == null ? null : a.getMark(), a == null ? null : a.getReason());
                })
                .toList();
    }

    /**
     * Marks the given ECTs; those left out keep the mark they had. Everything is checked before anything is saved,
     * so a mark for someone outside the cohort, or too long a reason, saves nothing.
     */
    @Transactional
    public void take(SignedInUser tutor, long sessionId, Map<Long, Marking> markings) {
        TrainingSession session = access.toAct(tutor, sessionId);
        session.checkRecordable(LocalDate.now(clock));
        Set<Long> members = new HashSet<>(cohorts.ectIdsOf(session.getCohortId()));
        for (Map.Entry<Long, Marking> entry : markings.entrySet()) {
            if (!members.contains(entry.getKey())) {
                throw new SessionException("Only ECTs in this session’s cohort can be marked on its register");
            }
            String reason = entry.getValue().reason();
            if (reason != null && reason.strip().length() > Attendance.MAX_REASON) {
                throw new SessionException("A reason must be " + Attendance.MAX_REASON + " characters or fewer");
            }
        }
        Map<Long, Attendance> marks = marks(sessionId);
        List<Attendance> changed = new ArrayList<>();
        markings.forEach((ectId, marking) -> {
            if (marking.mark() == null) {
                return;
            }
            Attendance a = marks.getOrDefault(ectId, new Attendance(sessionId, ectId));
            String reason = marking.reason() == null || marking.reason().isBlank()
                    ? null
                    : marking.reason().strip();
            a.mark(marking.mark(), reason, tutor.id());
            changed.add(a);
        });
        attendance.saveAllAndFlush(changed);
    }

    /** The ECTs marked present or late: those who record key actions and are counted in an activity. */
    public Set<Long> attending(long sessionId) {
        return attendance.findBySessionId(sessionId).stream()
                .filter(a -> a.getMark().attended())
                .map(Attendance::getEctId)
                .collect(Collectors.toSet());
    }

    /**
     * Attendance rates of every cohort the tutor teaches and of each of its ECTs, over the registers taken; in a
     * fixed number of queries however many sessions, cohorts and ECTs there are.
     */
    public List<CohortRate> rates(SignedInUser tutor) {
        List<CohortSummary> taught = cohorts.taughtBy(tutor.id());
        if (taught.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = attendance.ratesForCohorts(
                taught.stream().map(CohortSummary::id).toList());
        Map<Long, Person> people =
                accounts.people(rows.stream().map(r -> (Long) r[1]).collect(Collectors.toSet()));
        Map<Long, List<Object[]>> byCohort = rows.stream().collect(Collectors.groupingBy(r -> (Long) r[0]));
        List<CohortRate> rates = new ArrayList<>();
        for (CohortSummary cohort : taught) {
            List<Object[]> cohortRows = byCohort.getOrDefault(cohort.id(), List.of());
            if (cohortRows.isEmpty()) {
                continue;
            }
            List<Rate> ects = cohortRows.stream()
                    .map(r -> new Rate(name(people, (Long) r[1]), (Long) r[2], (Long) r[3]))
                    .sorted(Comparator.comparing(Rate::name))
                    .toList();
            rates.add(new CohortRate(
                    new Rate(
                            cohort.name(),
                            ects.stream().mapToLong(Rate::attended).sum(),
                            ects.stream().mapToLong(Rate::marked).sum()),
                    ects));
        }
        return rates;
    }

    private Map<Long, Attendance> marks(long sessionId) {
        return attendance.findBySessionId(sessionId).stream()
                .collect(Collectors.toMap(Attendance::getEctId, Function.identity()));
    }

    private static String name(Map<Long, Person> people, long id) {
        Person p = people.get(id);
        return p == null ? "Someone" : p.displayName();
    }
}
