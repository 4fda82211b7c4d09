package uk.ectinduction.training;

/** Whether a session is still to be held. A cancelled session stays, with its history, but is no longer run. */
public enum SessionStatus {
    SCHEDULED,
    CANCELLED
}
