package uk.ectinduction.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {

    private final Dates dates = new Dates();

    @Test
    void datesAreWrittenInGovUkStyle() {
        LocalDate day = LocalDate.of(2026, 9, 1);
        assertThat(dates.date(day)).isEqualTo("1 September 2026");
        assertThat(dates.dayAndDate(day)).isEqualTo("Tuesday 1 September 2026");
        assertThat(dates.dayAndMonth(day)).isEqualTo("Tuesday 1 September");
        assertThat(Dates.DATE.format(day)).isEqualTo(dates.date(day));
    }

    @Test
    void momentsAreWrittenInEnglishTimeWithAmAndPm() {
        assertThat(dates.dateAndTime(Instant.parse("2026-03-03T14:05:00Z"))).isEqualTo("3 March 2026 at 2:05pm");
        // British Summer Time: 09:30 UTC is 10:30am in England.
        assertThat(dates.dateAndTime(Instant.parse("2026-07-01T09:30:00Z"))).isEqualTo("1 July 2026 at 10:30am");
        assertThat(dates.dateAndTime(null)).isNull();
    }

    @Test
    void noDateIsWrittenAsNothing() {
        assertThat(dates.date(null)).isNull();
        assertThat(dates.dayAndDate(null)).isNull();
    }
}
