package uk.ectinduction.training.web;

import uk.ectinduction.training.SessionDetails;

/** Moving a session to another day, time or place, with an optional reason for the history. */
class RescheduleForm extends WhenAndWhereForm {

    private long version = -1;
    private String reason = "";

    static RescheduleForm of(SessionDetails session) {
        RescheduleForm form = new RescheduleForm();
        form.fillFrom(session);
        form.version = session.version();
        return form;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
