package uk.ectinduction.system;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
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

    public String date(TemporalAccessor date) {
        return format(DATE, date);
    }

    public String dayAndDate(TemporalAccessor date) {
        return format(DAY_AND_DATE, date);
    }

    public String dayAndMonth(TemporalAccessor date) {
        return format(DAY_AND_MONTH, date);
    }

    private static String format(DateTimeFormatter formatter, TemporalAccessor date) {
        return date == null ? null : formatter.format(date);
    }
}
