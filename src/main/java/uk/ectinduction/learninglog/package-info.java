/**
 * The ECT's learning log and their record. An ECT writes entries (key points, a reflection, linked statements,
 * optionally a programme page), shared with their current mentor unless marked private; the mentor reads and comments
 * on shared ones. The record gathers the log, module audits, meetings and actions as a page, a PDF and a CSV.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Learning log",
        allowedDependencies = {"people", "content", "framework", "audit", "meetings", "system"})
package uk.ectinduction.learninglog;
