package uk.ectinduction.training;

import java.time.LocalDate;
import java.time.LocalTime;

/** A training session as pages and other modules see it: whom, what, when and where. */
public record SessionDetails(
        long id,
        long cohortId,
        String cohortName,
        long tutorId,
        String materialsPath,
        String materialsTitle,
        LocalDate on,
        LocalTime at,
        String place,
        String onlineLink,
        SessionStatus status,
        long version) {

    public boolean cancelled() {
        return status == SessionStatus.CANCELLED;
    }
}
