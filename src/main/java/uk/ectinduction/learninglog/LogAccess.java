package uk.ectinduction.learninglog;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseStatus;
import uk.ectinduction.learninglog.internal.LearningLogEntry;
import uk.ectinduction.learninglog.internal.LearningLogEntryRepository;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.people.UserAccounts;

/**
 * The one place that says who may read and write a learning log. The ECT reads and writes their own entries; their
 * current mentor reads the shared ones and comments on them; nobody else (tutors, other mentors, other ECTs) learns
 * that an entry exists: every refusal is a 404, and a private entry is to the mentor exactly as a missing one.
 */
@Component
class LogAccess {

    /** Answers 404, whether the record is missing or not the reader's: the two are never told apart. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    static class NotFound extends RuntimeException {
        NotFound() {
            super("not found", null, false, false);
        }
    }

    private final UserAccounts accounts;
    private final LearningLogEntryRepository entries;

    LogAccess(UserAccounts accounts, LearningLogEntryRepository entries) {
        this.accounts = accounts;
        this.entries = entries;
    }

    /** The ECT whose log this is: the reader themself, or their current mentee. */
    Person ect(SignedInUser user, long ectId) {
        if (isOwner(user, ectId)) {
            return user.asPerson();
        }
        if (!user.has(Role.MENTOR)) {
            throw new NotFound();
        }
        return accounts.currentMentees(user.id()).stream()
                .filter(p -> p.id() == ectId)
                .findFirst()
                .orElseThrow(NotFound::new);
    }

    /** Whether the reader sees only shared entries: true for the mentor, false for the ECT; 404 for anyone else. */
    boolean sharedOnly(SignedInUser user, long ectId) {
        ect(user, ectId);
        return !isOwner(user, ectId);
    }

    LearningLogEntry ownEntry(SignedInUser user, long entryId) {
        return entries.findById(entryId)
                .filter(e -> isOwner(user, e.getEctId()))
                .orElseThrow(NotFound::new);
    }

    /** An entry the reader may see: any of their own, or a shared one of their current mentee. */
    LearningLogEntry readableEntry(SignedInUser user, long ectId, long entryId) {
        boolean sharedOnly = sharedOnly(user, ectId);
        return entries.findById(entryId)
                .filter(e -> e.getEctId() == ectId && !(sharedOnly && e.isPrivateEntry()))
                .orElseThrow(NotFound::new);
    }

    /** A shared entry of the mentor's current mentee: the only entries anyone comments on. */
    LearningLogEntry commentableEntry(SignedInUser user, long ectId, long entryId) {
        if (!sharedOnly(user, ectId)) {
            throw new NotFound();
        }
        return readableEntry(user, ectId, entryId);
    }

    private static boolean isOwner(SignedInUser user, long ectId) {
        return user.has(Role.ECT) && user.id() == ectId;
    }
}
