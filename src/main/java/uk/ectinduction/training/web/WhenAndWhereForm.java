package uk.ectinduction.training.web;

import java.time.LocalDate;
import java.time.LocalTime;
import uk.ectinduction.system.DateInput;
import uk.ectinduction.training.SessionDetails;

/**
 * When and where a session is, as typed: the part that scheduling and rescheduling share, checked by
 * {@link SessionFormValidator}. Kept as text, so that a refused form shows exactly what was typed.
 */
class WhenAndWhereForm {

    private String day = "";
    private String month = "";
    private String year = "";
    private String time = "";
    private String place = "";
    private String onlineLink = "";

    void fillFrom(SessionDetails session) {
        day = String.valueOf(session.on().getDayOfMonth());
        month = String.valueOf(session.on().getMonthValue());
        year = String.valueOf(session.on().getYear());
        time = session.at().toString();
        place = session.place() == null ? "" : session.place();
        onlineLink = session.onlineLink() == null ? "" : session.onlineLink();
    }

    DateInput.Parsed on() {
        return DateInput.date(day, month, year, "the date of the session");
    }

    /** The start time; only called once the validator has accepted it. */
    LocalTime at() {
        return DateInput.time(time);
    }

    LocalDate date() {
        return on().date();
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

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }
}
