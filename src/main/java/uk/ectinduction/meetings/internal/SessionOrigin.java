package uk.ectinduction.meetings.internal;

import java.time.LocalDate;
import uk.ectinduction.system.Dates;

/** The training session a key action was planned in, as it was when the ECT saved the action. */
public record SessionOrigin(long sessionId, String title, LocalDate on) {

    /** How every list of actions names the session an action came from. */
    public static String label(String title, LocalDate on) {
        return "From training session: " + title + ", " + Dates.DATE.format(on);
    }
}
