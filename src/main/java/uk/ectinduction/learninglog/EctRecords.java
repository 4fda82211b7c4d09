package uk.ectinduction.learninglog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.audit.ModuleAudits;
import uk.ectinduction.meetings.MeetingHistory;
import uk.ectinduction.people.SignedInUser;

/** Gathers the ECT's record for the ECT (everything) or their current mentor (shared entries only); 404 otherwise. */
@Service
@Transactional(readOnly = true)
public class EctRecords {

    private final LogAccess access;
    private final LearningLog log;
    private final ModuleAudits audits;
    private final MeetingHistory meetings;

    EctRecords(LogAccess access, LearningLog log, ModuleAudits audits, MeetingHistory meetings) {
        this.access = access;
        this.log = log;
        this.audits = audits;
        this.meetings = meetings;
    }

    public EctRecord recordFor(SignedInUser user, long ectId) {
        boolean mentorsCopy = access.sharedOnly(user, ectId);
        return new EctRecord(
                access.ect(user, ectId),
                mentorsCopy,
                log.today(),
                log.entriesWithComments(user, ectId),
                audits.sittings(user, ectId),
                meetings.meetings(ectId, mentorsCopy ? user.id() : null),
                meetings.actions(ectId));
    }
}
