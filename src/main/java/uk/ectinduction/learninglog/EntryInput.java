package uk.ectinduction.learninglog;

import java.time.LocalDate;
import java.util.List;

/** What an ECT writes in an entry, already checked: the codes are framework statements, the text within limits. */
public record EntryInput(
        LocalDate writtenOn,
        String pagePath,
        String keyPoints,
        String reflection,
        boolean privateEntry,
        List<String> codes) {}
