package uk.ectinduction.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.audit.AuditState;
import uk.ectinduction.audit.ModuleAudits;
import uk.ectinduction.content.ModuleStatements;
import uk.ectinduction.content.ProgrammeWeeks;
import uk.ectinduction.content.WeekOfProgramme;
import uk.ectinduction.learninglog.LearningLog;
import uk.ectinduction.meetings.MentorMeetings;
import uk.ectinduction.meetings.MentorMeetings.ActionCounts;
import uk.ectinduction.meetings.MentorMeetings.UpcomingMeeting;
import uk.ectinduction.people.CohortSummary;
import uk.ectinduction.people.CohortWeek;
import uk.ectinduction.people.Cohorts;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.training.TrainingSessions;

/**
 * What each person sees first: where they and the people they support are in the programme this week.
 * Each dashboard takes a fixed number of queries, however many mentees, cohorts or ECTs there are.
 */
@Service
@Transactional(readOnly = true)
class Dashboards {

    /** A cohort's place in its programme this week, with the content of this week and the next. */
    record Week(CohortWeek cohortWeek, Optional<WeekOfProgramme> thisWeek, Optional<WeekOfProgramme> nextWeek) {}

    /** This week's module and when the ECT last audited it (empty if never). */
    record AuditToDo(String moduleRef, String moduleTitle, Optional<LocalDate> lastAudited) {}

    record EctDashboard(
            Optional<Person> mentor,
            Optional<Week> week,
            ActionCounts actions,
            Optional<UpcomingMeeting> nextMeeting,
            List<LearningLog.Headline> latestEntries,
            Optional<AuditToDo> audit,
            List<TrainingSessions.ComingSession> sessions) {}

    record MenteeRow(
            Person ect,
            Optional<Week> week,
            Optional<LocalDate> lastMeeting,
            ActionCounts actions,
            Optional<UpcomingMeeting> nextMeeting,
            Optional<LocalDate> lastEntry,
            Optional<AuditState> lastAudit) {}

    record TutorCohort(CohortSummary cohort, Week week) {}

    record AdminDashboard(
            Map<Role, Long> peopleByRole,
            Map<String, String> programmes,
            List<CohortSummary> cohorts,
            UserAccounts.Unmentored unmentored,
            LearningLog.Counts log,
            long auditSittings) {}

    private final UserAccounts accounts;
    private final Cohorts cohorts;
    private final ProgrammeWeeks programmeWeeks;
    private final MentorMeetings meetings;
    private final LearningLog log;
    private final ModuleAudits audits;
    private final TrainingSessions sessions;
    private final Clock clock;

    Dashboards(
            UserAccounts accounts,
            Cohorts cohorts,
            ProgrammeWeeks programmeWeeks,
            MentorMeetings meetings,
            LearningLog log,
            ModuleAudits audits,
            TrainingSessions sessions,
            Clock clock) {
        this.accounts = accounts;
        this.cohorts = cohorts;
        this.programmeWeeks = programmeWeeks;
        this.meetings = meetings;
        this.log = log;
        this.audits = audits;
        this.sessions = sessions;
        this.clock = clock;
    }

    EctDashboard ect(long ectId, Set<Role> roles) {
        WeekResolver weeks = new WeekResolver(roles);
        List<Long> me = List.of(ectId);
        Optional<Week> week = cohorts.weekOfEct(ectId).map(weeks::resolve);
        Optional<AuditToDo> audit = week.flatMap(w -> w.thisWeek().or(w::nextWeek))
                .flatMap(w -> ModuleStatements.moduleRefOf(w.moduleUrl())
                        .or(() ->
                                w.ectPages().stream().findFirst().flatMap(p -> ModuleStatements.moduleRefOf(p.href())))
                        .map(ref -> new AuditToDo(ref, w.moduleTitle(), audits.lastAudited(ectId, ref))));
        return new EctDashboard(
                accounts.currentMentor(ectId),
                week,
                meetings.actionCounts(me).get(ectId),
                Optional.ofNullable(
                        meetings.nextMeetings(me, LocalDate.now(clock)).get(ectId)),
                log.latest(ectId, 3),
                audit,
                sessions.comingForEct(ectId));
    }

    List<MenteeRow> mentor(long mentorId, Set<Role> roles) {
        List<Person> mentees = accounts.currentMentees(mentorId);
        List<Long> ids = mentees.stream().map(Person::id).toList();
        Map<Long, CohortWeek> cohortWeeks = cohorts.weeksOfEcts(ids);
        Map<Long, LocalDate> lastHeld = meetings.lastHeldOn(ids);
        Map<Long, ActionCounts> actions = meetings.actionCounts(ids);
        Map<Long, UpcomingMeeting> next = meetings.nextMeetings(ids, LocalDate.now(clock));
        Map<Long, LocalDate> lastEntry = log.lastEntryOn(ids, true);
        Map<Long, AuditState> lastAudit = audits.latestStates(ids);
        WeekResolver weeks = new WeekResolver(roles);
        return mentees.stream()
                .map(m -> new MenteeRow(
                        m,
                        Optional.ofNullable(cohortWeeks.get(m.id())).map(weeks::resolve),
                        Optional.ofNullable(lastHeld.get(m.id())),
                        actions.get(m.id()),
                        Optional.ofNullable(next.get(m.id())),
                        Optional.ofNullable(lastEntry.get(m.id())),
                        Optional.ofNullable(lastAudit.get(m.id()))))
                .toList();
    }

    List<TutorCohort> tutor(long tutorId, Set<Role> roles) {
        WeekResolver weeks = new WeekResolver(roles);
        return cohorts.weeksOfCohortsTaughtBy(tutorId).stream()
                .map(w -> new TutorCohort(w.cohort(), weeks.resolve(w)))
                .toList();
    }

    AdminDashboard admin() {
        return new AdminDashboard(
                accounts.countEnabledByRole(),
                programmeWeeks.programmes(),
                cohorts.all(),
                accounts.ectsWithoutMentor(20),
                log.counts(),
                audits.count());
    }

    /** Reads each programme's weeks once per page, whatever the number of people following it. */
    private final class WeekResolver {
        private final Set<Role> roles;
        private final Map<String, List<WeekOfProgramme>> byProgramme = new HashMap<>();

        WeekResolver(Set<Role> roles) {
            this.roles = roles;
        }

        Week resolve(CohortWeek cohortWeek) {
            List<WeekOfProgramme> weeks = byProgramme.computeIfAbsent(
                    cohortWeek.cohort().programmeSlug(), slug -> programmeWeeks.weeks(slug, roles));
            return new Week(
                    cohortWeek,
                    cohortWeek.thisWeek().flatMap(w -> nth(weeks, w.number())),
                    cohortWeek.nextWeek().flatMap(w -> nth(weeks, w.number())));
        }

        private Optional<WeekOfProgramme> nth(List<WeekOfProgramme> weeks, int number) {
            return number >= 1 && number <= weeks.size() ? Optional.of(weeks.get(number - 1)) : Optional.empty();
        }
    }
}
