package uk.ectinduction.audit;

import java.util.List;
import java.util.Map;
import uk.ectinduction.framework.Statement;

/**
 * What a new sitting of a module's audit asks: every "learn how to" statement of the module's Standard(s), with the
 * last sitting's answers to start from when revisiting.
 */
public record AuditTemplate(
        long ectId,
        String moduleRef,
        String moduleTitle,
        List<Integer> standards,
        List<Statement> statements,
        Map<String, AuditSitting.RatedStatement> latest) {

    public boolean revisit() {
        return !latest.isEmpty();
    }
}
