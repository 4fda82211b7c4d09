package uk.ectinduction.system;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the three fields of a GOV.UK date input, and a time typed as 15:30, 3:30pm or 1530: one reading for every
 * form of the service that asks for a day or a time (meetings, training sessions).
 */
public final class DateInput {

    private static final Pattern TIME = Pattern.compile("^(\\d{1,2})(?:[:.]?(\\d{2}))?\\s*(am|pm)?$");

    /** A date, a reason it is not one, or neither when all three fields were left empty. */
    public record Parsed(LocalDate date, String problem) {
        public boolean blank() {
            return date == null && problem == null;
        }
    }

    private DateInput() {}

    public static Parsed date(String day, String month, String year, String what) {
        String d = trim(day);
        String m = trim(month);
        String y = trim(year);
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            return new Parsed(null, null);
        }
        if (d.isEmpty() || m.isEmpty() || y.isEmpty()) {
            String missing = d.isEmpty() ? "day" : m.isEmpty() ? "month" : "year";
            return new Parsed(null, capitalise(what) + " must include a " + missing);
        }
        try {
            int yearNumber = Integer.parseInt(y);
            if (yearNumber < 1000 || yearNumber > 9999) {
                return new Parsed(null, "Year must include 4 numbers");
            }
            return new Parsed(LocalDate.of(yearNumber, Integer.parseInt(m), Integer.parseInt(d)), null);
        } catch (NumberFormatException | DateTimeException e) {
            return new Parsed(null, capitalise(what) + " must be a real date");
        }
    }

    /** The time, or null when blank; throws IllegalArgumentException when it is not a time. */
    public static LocalTime time(String text) {
        String t = trim(text).toLowerCase(java.util.Locale.ROOT);
        if (t.isEmpty()) {
            return null;
        }
        Matcher matcher = TIME.matcher(t);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(text);
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        String half = matcher.group(3);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                throw new IllegalArgumentException(text);
            }
            hour = hour % 12 + ("pm".equals(half) ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            throw new IllegalArgumentException(text);
        }
        return LocalTime.of(hour, minute);
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
