package uk.ectinduction.learninglog;

import java.time.LocalDate;
import java.util.List;
import uk.ectinduction.audit.AuditSitting;
import uk.ectinduction.meetings.MeetingHistory.ActionLine;
import uk.ectinduction.meetings.MeetingHistory.MeetingLine;
import uk.ectinduction.people.Person;

/**
 * The ECT's own record of their induction: their learning log, module audits, meetings and actions. It is theirs, not
 * an assessment. The mentor's copy holds only the shared entries and the meetings that mentor held.
 */
public record EctRecord(
        Person ect,
        boolean mentorsCopy,
        LocalDate madeOn,
        List<LogEntry> entries,
        List<AuditSitting> audits,
        List<MeetingLine> meetings,
        List<ActionLine> actions) {}
