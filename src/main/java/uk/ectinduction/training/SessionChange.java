package uk.ectinduction.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** One line of a session's history: what was done, by whom and when, and the session as it stood after it. */
public record SessionChange(
        Kind kind,
        String byName,
        Instant changedAt,
        LocalDate on,
        LocalTime at,
        String place,
        String onlineLink,
        String reason) {

    /** Stored by name in {@code training_session_change.kind}. */
    public enum Kind {
        SCHEDULED("Scheduled"),
        RESCHEDULED("Rescheduled"),
        CANCELLED("Cancelled");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
