package uk.ectinduction.system;

import static org.assertj.core.api.Assertions.assertThat;

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
    void noDateIsWrittenAsNothing() {
        assertThat(dates.date(null)).isNull();
        assertThat(dates.dayAndDate(null)).isNull();
    }
}
