package uk.ectinduction.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The iCalendar text on its own, read back by ical4j; the feeds themselves are in meetings/CalendarTest. */
class ICalendarWriterTest {

    LocalDate day = LocalDate.now().plusDays(9);

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void textIsEscapedAndLongLinesFolded() throws Exception {
        String ics = ICalendarWriter.calendar(
                "A, B; C",
                List.of(new ICalendarWriter.Event(
                        "test-event-1",
                        day,
                        null,
                        50,
                        "Commas, semicolons; and a very long summary that goes well beyond seventy-five octets – ünïcödé",
                        "Line one\nLine two",
                        null,
                        false,
                        0)),
                java.time.Instant.now());
        assertThat(ics.split("\r\n"))
                .allSatisfy(line ->
                        assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        VEvent event = parse(ics).<VEvent>getComponents("VEVENT").get(0);
        assertThat(value(event, "SUMMARY"))
                .isEqualTo(
                        "Commas, semicolons; and a very long summary that goes well beyond seventy-five octets – ünïcödé");
        assertThat(value(event, "DESCRIPTION")).isEqualTo("Line one\nLine two");
    }
}
