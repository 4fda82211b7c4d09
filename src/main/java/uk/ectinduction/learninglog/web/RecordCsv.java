package uk.ectinduction.learninglog.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.ectinduction.audit.AuditSitting;
import uk.ectinduction.learninglog.EctRecord;
import uk.ectinduction.learninglog.LogEntry;
import uk.ectinduction.meetings.MeetingHistory.ActionLine;
import uk.ectinduction.meetings.MeetingHistory.MeetingLine;

/**
 * The record as CSV, one row per entry, rating, meeting and action. Quoting is RFC 4180 (commons-csv); a cell that
 * a spreadsheet would run as a formula (starting =, +, -, @, tab or carriage return) gets a leading apostrophe.
 */
final class RecordCsv {

    static final String[] HEADER = {"Part", "Date", "About", "Statements", "Rating or status", "Text", "More"};

    private RecordCsv() {}

    static String write(EctRecord record) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord((Object[]) HEADER);
            for (LogEntry e : record.entries()) {
                row(
                        csv,
                        "Learning log entry",
                        e.writtenOn(),
                        e.pageTitle(),
                        e.statements().stream().map(s -> s.code()).collect(Collectors.joining(" ")),
                        e.privateEntry() ? "Private" : "Shared",
                        e.keyPoints(),
                        e.reflection());
                for (LogEntry.Comment c : e.comments()) {
                    row(csv, "Mentor comment", e.writtenOn(), c.authorName(), "", "", c.body(), "");
                }
            }
            for (AuditSitting a : record.audits()) {
                for (AuditSitting.RatedStatement r : a.ratings()) {
                    row(
                            csv,
                            "Module audit: " + a.title(),
                            a.on(),
                            a.moduleTitle(),
                            r.statement().code(),
                            r.rating().label(),
                            r.note(),
                            r.statement().text());
                }
            }
            for (MeetingLine m : record.meetings()) {
                row(csv, "Mentor meeting", m.on(), m.materialsTitle(), "", m.status(), "", "");
            }
            for (ActionLine a : record.actions()) {
                row(
                        csv,
                        "Action",
                        a.dueOn(),
                        a.action(),
                        "",
                        a.status(),
                        a.origin() != null
                                ? a.origin()
                                : "Expected impact: " + a.expectedImpact() + "\nSuccess looks like: "
                                        + a.successLooksLike() + "\nEvaluated by: " + a.howEvaluated(),
                        a.progressNote());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void row(CSVPrinter csv, String part, LocalDate on, String... cells) throws IOException {
        Object[] row = new Object[cells.length + 2];
        row[0] = safe(part);
        row[1] = on == null ? "" : on.toString();
        for (int i = 0; i < cells.length; i++) {
            row[i + 2] = safe(cells[i]);
        }
        csv.printRecord(row);
    }

    /** Neutralises a cell a spreadsheet would otherwise run as a formula. */
    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell
                : cell;
    }
}
