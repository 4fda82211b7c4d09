package uk.ectinduction.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ectinduction.people.ProgrammeCalendar.ProgrammeWeek;

class ProgrammeCalendarTest {

    // A school year as schools publish it: two terms either side of New Year, a half-term in the first.
    static final ProgrammeCalendar CALENDAR = new ProgrammeCalendar(
            LocalDate.of(2026, 9, 7),
            List.of(
                    new DateRange("Autumn term", LocalDate.of(2026, 9, 3), LocalDate.of(2026, 12, 18)),
                    new DateRange("Spring term", LocalDate.of(2027, 1, 5), LocalDate.of(2027, 3, 26))),
            List.of(
                    new DateRange("October half-term", LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 30)),
                    new DateRange("February half-term", LocalDate.of(2027, 2, 15), LocalDate.of(2027, 2, 19))));

    @Test
    void theFirstWeekIsTheWeekOfTheStart() {
        assertThat(CALENDAR.weekOn(LocalDate.of(2026, 9, 9))).contains(new ProgrammeWeek(1, LocalDate.of(2026, 9, 7)));
        assertThat(CALENDAR.weekOn(LocalDate.of(2026, 9, 4)))
                .as("before the start")
                .isEmpty();
    }

    @Test
    void aHalfTermHolidayIsSkippedWithoutUsingAWeek() {
        assertThat(CALENDAR.weekOn(LocalDate.of(2026, 10, 23)))
                .map(ProgrammeWeek::number)
                .contains(7);
        assertThat(CALENDAR.weekOn(LocalDate.of(2026, 10, 28))).as("half-term").isEmpty();
        assertThat(CALENDAR.nextWeekAfter(LocalDate.of(2026, 10, 28)))
                .contains(new ProgrammeWeek(8, LocalDate.of(2026, 11, 2)));
        assertThat(CALENDAR.weekOn(LocalDate.of(2026, 11, 2)))
                .map(ProgrammeWeek::number)
                .contains(8);
    }

    @Test
    void theWeekCountCarriesOnAcrossTheYearBoundary() {
        assertThat(CALENDAR.weekOn(LocalDate.of(2026, 12, 18)))
                .map(ProgrammeWeek::number)
                .contains(14);
        assertThat(CALENDAR.weekOn(LocalDate.of(2026, 12, 29)))
                .as("between terms")
                .isEmpty();
        assertThat(CALENDAR.nextWeekAfter(LocalDate.of(2026, 12, 29)))
                .contains(new ProgrammeWeek(15, LocalDate.of(2027, 1, 4)));
        // The spring term starts on a Tuesday; that week still counts.
        assertThat(CALENDAR.weekOn(LocalDate.of(2027, 1, 4)))
                .map(ProgrammeWeek::number)
                .contains(15);
        // Six more weeks to the February half-term, then on again.
        assertThat(CALENDAR.weekOn(LocalDate.of(2027, 2, 12)))
                .map(ProgrammeWeek::number)
                .contains(20);
        assertThat(CALENDAR.weekOn(LocalDate.of(2027, 2, 17))).isEmpty();
        assertThat(CALENDAR.weekOn(LocalDate.of(2027, 2, 22)))
                .map(ProgrammeWeek::number)
                .contains(21);
    }

    @Test
    void weekendsBelongToTheirSchoolWeek() {
        assertThat(CALENDAR.weekOn(LocalDate.of(2026, 9, 13)))
                .map(ProgrammeWeek::number)
                .contains(1);
    }

    @Test
    void withoutTermsEveryWeekdayCountsExceptHolidays() {
        ProgrammeCalendar simple = new ProgrammeCalendar(
                LocalDate.of(2026, 12, 14),
                List.of(),
                List.of(new DateRange("Christmas", LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 1))));

        assertThat(simple.weekOn(LocalDate.of(2026, 12, 24))).isEmpty();
        assertThat(simple.weekOn(LocalDate.of(2027, 1, 6)))
                .map(ProgrammeWeek::number)
                .contains(2);
    }

    @Test
    void aStartIsFoundBackwardsSoThatADayFallsInAGivenWeekSkippingHolidays() {
        // 4 November 2026 is in the week after half-term: weeks 3, 2 and 1 are the three school weeks before it.
        LocalDate start = ProgrammeCalendar.startSoThatWeekOn(
                        LocalDate.of(2026, 11, 4), 4, CALENDAR.terms(), CALENDAR.holidays())
                .orElseThrow();

        assertThat(start).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(new ProgrammeCalendar(start, CALENDAR.terms(), CALENDAR.holidays())
                        .weekOn(LocalDate.of(2026, 11, 4)))
                .map(ProgrammeWeek::number)
                .contains(4);
        assertThat(ProgrammeCalendar.startSoThatWeekOn(LocalDate.of(2026, 11, 8), 1, List.of(), List.of()))
                .as("a Sunday belongs to its school week")
                .contains(LocalDate.of(2026, 11, 2));
        assertThat(ProgrammeCalendar.startSoThatWeekOn(
                        LocalDate.of(2026, 10, 28), 4, CALENDAR.terms(), CALENDAR.holidays()))
                .as("no programme week in a half-term")
                .isEmpty();
    }
}
