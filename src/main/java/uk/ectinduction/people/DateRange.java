package uk.ectinduction.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A named run of days in a school's calendar: a term, or a holiday. Both ends included. */
@Embeddable
public record DateRange(
        @Column(nullable = false) String name,
        @Column(name = "starts_on", nullable = false) LocalDate startsOn,
        @Column(name = "ends_on", nullable = false) LocalDate endsOn) {

    public DateRange {
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException(name + " ends before it starts");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
