package uk.ectinduction.system;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The day, month, year and time fields of a form, kept as typed so that a refused form shows exactly what was typed,
 * and read through {@link DateInput}. Forms that ask when something happens (a meeting, a training session) extend it.
 */
public abstract class DateAndTimeFields {

    private final String what;
    private String day = "";
    private String month = "";
    private String year = "";
    private String time = "";

    /** @param what the date's name in error messages, e.g. "the date of the meeting" */
    protected DateAndTimeFields(String what) {
        this.what = what;
    }

    /** The date, a reason it is not one, or blank. */
    public DateInput.Parsed on() {
        return DateInput.date(day, month, year, what);
    }

    /** The time, or null when none was given; throws IllegalArgumentException when it is not a time. */
    public LocalTime at() {
        return DateInput.time(time);
    }

    protected void fillDate(LocalDate date) {
        day = String.valueOf(date.getDayOfMonth());
        month = String.valueOf(date.getMonthValue());
        year = String.valueOf(date.getYear());
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }
}
