package uk.ectinduction.audit;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseStatus;
import uk.ectinduction.audit.internal.ModuleAudit;
import uk.ectinduction.audit.internal.ModuleAuditRepository;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.people.UserAccounts;

/**
 * The one place that says who may see and make an ECT's module audits: the ECT themself and their current mentor.
 * Nobody else learns that an audit, or the ECT, exists: every refusal is a 404.
 */
@Component
class AuditAccess {

    /** Answers 404, whether the record is missing or not the reader's: the two are never told apart. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    static class NotFound extends RuntimeException {
        NotFound() {
            super("not found", null, false, false);
        }
    }

    private final UserAccounts accounts;
    private final ModuleAuditRepository audits;

    AuditAccess(UserAccounts accounts, ModuleAuditRepository audits) {
        this.accounts = accounts;
        this.audits = audits;
    }

    boolean mayRead(SignedInUser user, long ectId) {
        if (user.has(Role.ECT) && user.id() == ectId) {
            return true;
        }
        return user.has(Role.MENTOR)
                && accounts.currentMentor(ectId)
                        .filter(mentor -> mentor.id() == user.id())
                        .isPresent();
    }

    void checkEct(SignedInUser user, long ectId) {
        if (!mayRead(user, ectId)) {
            throw new NotFound();
        }
    }

    /** The ECT whose audits these are: the reader themself, or their current mentee. */
    Person ect(SignedInUser user, long ectId) {
        checkEct(user, ectId);
        if (user.id() == ectId) {
            return user.asPerson();
        }
        return accounts.currentMentees(user.id()).stream()
                .filter(p -> p.id() == ectId)
                .findFirst()
                .orElseThrow(NotFound::new);
    }

    ModuleAudit sitting(SignedInUser user, long ectId, long auditId) {
        checkEct(user, ectId);
        return audits.findById(auditId).filter(a -> a.getEctId() == ectId).orElseThrow(NotFound::new);
    }
}
