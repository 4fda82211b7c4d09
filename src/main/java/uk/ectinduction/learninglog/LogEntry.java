package uk.ectinduction.learninglog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.ectinduction.framework.Statement;

/** A learning log entry as its reader sees it, with its statements and the mentor's comments. */
public record LogEntry(
        long id,
        long ectId,
        LocalDate writtenOn,
        String pagePath,
        String pageTitle,
        String moduleRef,
        String keyPoints,
        String reflection,
        boolean privateEntry,
        List<Statement> statements,
        List<Comment> comments) {

    public record Comment(String authorName, String body, Instant at) {}
}
