package uk.ectinduction.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import uk.ectinduction.content.ModuleStatements.ModuleSummary;
import uk.ectinduction.framework.FrameworkStatements;
import uk.ectinduction.framework.Statement;
import uk.ectinduction.framework.StatementKind;

/**
 * Which Teachers' Standard(s) a module is about, and so what its audit asks. A module's pages also quote statements
 * of other Standards in passing (the seed tutor session names 1d and 7k beside 8h and 8.4), so a module is about the
 * Standard its learning intentions name most; a tie keeps every Standard that ties.
 */
@Component
class ModuleStandards {

    private final FrameworkStatements framework;

    ModuleStandards(FrameworkStatements framework) {
        this.framework = framework;
    }

    /** The module's Standard(s) and each one's "learn how to" statements, in framework order. */
    record Audited(List<Integer> standards, List<Statement> statements) {}

    Map<String, Audited> of(Collection<ModuleSummary> modules) {
        List<String> allCodes =
                modules.stream().flatMap(m -> m.codes().stream()).distinct().toList();
        Map<String, Integer> standardOf = new HashMap<>();
        framework.findByCodes(allCodes).forEach(s -> standardOf.put(s.code(), s.standard()));
        Map<Integer, List<Statement>> learnHowTo = new HashMap<>();
        Map<String, Audited> result = new HashMap<>();
        for (ModuleSummary module : modules) {
            Map<Integer, Integer> counts = new TreeMap<>();
            module.codes().stream()
                    .map(standardOf::get)
                    .filter(java.util.Objects::nonNull)
                    .forEach(standard -> counts.merge(standard, 1, Integer::sum));
            int most =
                    counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            List<Integer> standards = counts.entrySet().stream()
                    .filter(e -> e.getValue() == most)
                    .map(Map.Entry::getKey)
                    .toList();
            List<Statement> statements = new ArrayList<>();
            for (int standard : standards) {
                statements.addAll(learnHowTo.computeIfAbsent(
                        standard,
                        n -> framework.forStandard(n).stream()
                                .filter(s -> s.kind() == StatementKind.LEARN_HOW_TO)
                                .toList()));
            }
            result.put(module.ref(), new Audited(standards, statements));
        }
        return result;
    }

    /** Framework order within a Standard: the letter of a "learn how to" code. */
    static int order(Statement statement) {
        String code = statement.code();
        return statement.standard() * 100 + (code.contains(".") ? 0 : 50) + code.charAt(code.length() - 1);
    }
}
