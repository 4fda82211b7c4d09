package uk.ectinduction.learninglog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.ectinduction.framework.Statement;

/**
 * A page of the log: the entries that pass the filter, and what the filter can choose from (the modules and
 * statements of all the entries the reader may see).
 */
public record LogListing(
        List<LogEntry> entries, Map<String, String> modules, List<Statement> statements, LogFilter filter, int total) {

    static LogListing of(List<LogEntry> all, LogFilter filter, Map<String, String> moduleTitles) {
        Map<String, String> modules = new LinkedHashMap<>();
        Map<String, Statement> statements = new LinkedHashMap<>();
        for (LogEntry entry : all) {
            if (entry.moduleRef() != null) {
                modules.putIfAbsent(entry.moduleRef(), moduleTitles.getOrDefault(entry.moduleRef(), entry.moduleRef()));
            }
            entry.statements().forEach(s -> statements.putIfAbsent(s.code(), s));
        }
        return new LogListing(
                all.stream().filter(filter::accepts).toList(),
                modules,
                statements.values().stream()
                        .sorted(java.util.Comparator.comparingInt(Statement::standard)
                                .thenComparing(s -> s.code().contains(".") ? 0 : 1)
                                .thenComparing(Statement::code))
                        .toList(),
                filter,
                all.size());
    }
}
