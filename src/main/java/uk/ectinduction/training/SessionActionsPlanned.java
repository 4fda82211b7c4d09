package uk.ectinduction.training;

import java.time.LocalDate;
import java.util.List;

/**
 * An ECT's key actions from a training session, saved by the ECT or by the tutor on their behalf. Carries the whole
 * current list: a later event for the same session and ECT replaces the actions that no mentor has reviewed yet.
 * Published inside the saving transaction, so the actions reach the ECT's mentor or nothing is saved.
 */
public record SessionActionsPlanned(
        long sessionId, String sessionTitle, LocalDate sessionDate, long ectId, List<String> actions) {}
