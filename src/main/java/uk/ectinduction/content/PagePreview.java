package uk.ectinduction.content;

import java.util.List;

/** Unsaved text rendered as its page would be, with the checks on save; or why it cannot be read. */
public record PagePreview(PageView page, List<ImportReport.Problem> warnings, ImportReport.Problem error) {}
