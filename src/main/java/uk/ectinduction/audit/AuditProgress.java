package uk.ectinduction.audit;

import java.time.LocalDate;
import java.util.List;
import uk.ectinduction.framework.Statement;

/** How each statement's rating moved over an ECT's sittings of a module's audit, oldest first. */
public record AuditProgress(
        String moduleRef, String moduleTitle, List<LocalDate> sittings, List<StatementProgress> statements) {

    /** A statement's rating at each sitting, in sitting order; null where that sitting did not rate it. */
    public record StatementProgress(Statement statement, List<AuditRating> ratings) {}
}
