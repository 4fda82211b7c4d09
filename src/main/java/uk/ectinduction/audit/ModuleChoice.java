package uk.ectinduction.audit;

import java.time.LocalDate;
import java.util.List;

/** A module that can be audited: its Standard(s), and when the ECT last audited it (null if never). */
public record ModuleChoice(
        String ref, String title, List<Integer> standards, int statementCount, LocalDate lastAudited, int sittings) {}
