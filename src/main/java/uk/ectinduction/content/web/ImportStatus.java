package uk.ectinduction.content.web;

import uk.ectinduction.content.ImportReport;

/** How a browser import stands, for its status page and the JSON the page polls. */
public record ImportStatus(
        String id,
        String state,
        int done,
        int total,
        String stage,
        int percent,
        boolean over,
        ImportReport report,
        String failure) {}
