package uk.ectinduction.training.web;

import java.time.LocalDate;
import uk.ectinduction.system.DateAndTimeFields;
import uk.ectinduction.training.SessionDetails;

/**
 * When and where a session is, as typed: the part that scheduling and rescheduling share, checked by
 * {@link SessionFormValidator}.
 */
class WhenAndWhereForm extends DateAndTimeFields {

    private String place = "";
    private String onlineLink = "";

    WhenAndWhereForm() {
        super("the date of the session");
    }

    void fillFrom(SessionDetails session) {
        fillDate(session.on());
        setTime(session.at().toString());
        place = session.place() == null ? "" : session.place();
        onlineLink = session.onlineLink() == null ? "" : session.onlineLink();
    }

    /** The date; only called once the validator has accepted it. */
    LocalDate date() {
        return on().date();
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
