package uk.ectinduction.audit;

import java.time.LocalDate;

/** An ECT's most recent audit sitting, for home pages: which module, and when. */
public record AuditState(long ectId, String moduleRef, String moduleTitle, LocalDate on) {}
