package uk.ectinduction.system;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * How the service writes a date, in one place, in GOV.UK style: "3 March 2026", or "Tuesday 3 March 2026" where
 * the day of the week helps. Dates are in English whatever language the browser asks for, as is all the text
 * around them. Templates call this bean as {@code ${@dates.date(…)}}; messages in Java use the formatters.
 */
@Component("dates")
public class Dates {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    public static final DateTimeFormatter DAY_AND_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    /** For a day in the coming weeks, where the year goes without saying. */
    public static final DateTimeFormatter DAY_AND_MONTH = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    /** A moment as a reader in England has it, "3 March 2026 at 2:05pm": the service's people are in English schools. */
    public static final DateTimeFormatter DATE_AND_TIME = new DateTimeFormatterBuilder()
            .appendPattern("d MMMM yyyy 'at' h:mm")
            .appendText(ChronoField.AMPM_OF_DAY, Map.of(0L, "am", 1L, "pm"))
            .toFormatter(Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    public String date(TemporalAccessor date) {
        return format(DATE, date);
    }

    public String dayAndDate(TemporalAccessor date) {
        return format(DAY_AND_DATE, date);
    }

    public String dayAndMonth(TemporalAccessor date) {
        return format(DAY_AND_MONTH, date);
    }

    public String dateAndTime(Instant moment) {
        return format(DATE_AND_TIME, moment);
    }

    private static String format(DateTimeFormatter formatter, TemporalAccessor date) {
        return date == null ? null : formatter.format(date);
    }
}
