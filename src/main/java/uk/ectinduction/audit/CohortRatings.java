package uk.ectinduction.audit;

import java.util.List;
import java.util.Map;
import uk.ectinduction.framework.Statement;

/**
 * For an induction tutor: how many ECTs of a cohort hold each rating, by each ECT's latest sitting. Counts only, so
 * that no one's answers can be told from the page.
 */
public record CohortRatings(String cohortName, long ectsWhoAudited, List<StatementCounts> statements) {

    public record StatementCounts(Statement statement, Map<AuditRating, Long> counts) {
        public long count(AuditRating rating) {
            return counts.getOrDefault(rating, 0L);
        }
    }
}
