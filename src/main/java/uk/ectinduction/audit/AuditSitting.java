package uk.ectinduction.audit;

import java.time.LocalDate;
import java.util.List;
import uk.ectinduction.framework.Statement;

/**
 * One sitting of a module audit as its readers see it.
 *
 * @param number 1 for the module's first audit, 2 for its first revisit, and so on
 */
public record AuditSitting(
        long id,
        long ectId,
        String moduleRef,
        String moduleTitle,
        LocalDate on,
        int number,
        boolean startedByMentor,
        List<RatedStatement> ratings) {

    public record RatedStatement(Statement statement, AuditRating rating, String note) {}

    /** The statements rated as wanting practice and support, for the meeting's Plan step. */
    public List<RatedStatement> wantingPractice() {
        return ratings.stream().filter(r -> r.rating().wantsPractice()).toList();
    }

    public String title() {
        return number == 1 ? "Audit" : "Revisit " + (number - 1);
    }
}
