package uk.ectinduction.learninglog;

import java.time.LocalDate;

/** Narrows a log to a module, a statement and a date range; any part may be null for "any". */
public record LogFilter(String moduleRef, String code, LocalDate from, LocalDate to) {

    public static final LogFilter NONE = new LogFilter(null, null, null, null);

    boolean accepts(LogEntry entry) {
        return (moduleRef == null || moduleRef.equals(entry.moduleRef()))
                && (code == null
                        || entry.statements().stream().anyMatch(s -> s.code().equals(code)))
                && (from == null || !entry.writtenOn().isBefore(from))
                && (to == null || !entry.writtenOn().isAfter(to));
    }
}
