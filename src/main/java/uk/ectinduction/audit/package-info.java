/**
 * Module audits: at the start of a module, and whenever they revisit it, an ECT rates every "learn how to"
 * statement of the module's Teachers' Standard on one scale ({@link uk.ectinduction.audit.AuditRating}). Each sitting
 * is kept; the progress chart reads them in order. Mentors see and start their mentees' audits; tutors see counts.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Module audits",
        allowedDependencies = {"people", "content", "framework"})
package uk.ectinduction.audit;
