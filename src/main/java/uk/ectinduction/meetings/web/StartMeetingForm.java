package uk.ectinduction.meetings.web;

import java.time.LocalDate;
import uk.ectinduction.system.DateAndTimeFields;

/** Starting a meeting: which week's mentor materials, and when; as typed, checked by {@link StartMeetingFormValidator}. */
class StartMeetingForm extends DateAndTimeFields {

    private String materialsPath = "";

    StartMeetingForm() {
        super("the date of the meeting");
    }

    /** A meeting today about the suggested materials, if there are any, as the form first offers it. */
    static StartMeetingForm today(LocalDate today, String suggestedPath) {
        StartMeetingForm form = new StartMeetingForm();
        form.materialsPath = suggestedPath == null ? "" : suggestedPath;
        form.fillDate(today);
        return form;
    }

    public String getMaterialsPath() {
        return materialsPath;
    }

    public void setMaterialsPath(String materialsPath) {
        this.materialsPath = materialsPath;
    }
}
