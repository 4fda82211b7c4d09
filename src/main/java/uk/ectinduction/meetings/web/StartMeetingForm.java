package uk.ectinduction.meetings.web;

import java.time.LocalDate;
import java.time.LocalTime;
import uk.ectinduction.system.DateInput;

/** Starting a meeting: which week's mentor materials, and when; as typed, checked by {@link StartMeetingFormValidator}. */
class StartMeetingForm {

    private String materialsPath = "";
    private String day = "";
    private String month = "";
    private String year = "";
    private String time = "";

    /** A meeting today about the suggested materials, if there are any, as the form first offers it. */
    static StartMeetingForm today(LocalDate today, String suggestedPath) {
        StartMeetingForm form = new StartMeetingForm();
        form.materialsPath = suggestedPath == null ? "" : suggestedPath;
        form.day = String.valueOf(today.getDayOfMonth());
        form.month = String.valueOf(today.getMonthValue());
        form.year = String.valueOf(today.getYear());
        return form;
    }

    DateInput.Parsed on() {
        return DateInput.date(day, month, year, "the date of the meeting");
    }

    /** The time, or null when none was given; throws IllegalArgumentException when it is not a time. */
    LocalTime at() {
        return DateInput.time(time);
    }

    public String getMaterialsPath() {
        return materialsPath;
    }

    public void setMaterialsPath(String materialsPath) {
        this.materialsPath = materialsPath;
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
