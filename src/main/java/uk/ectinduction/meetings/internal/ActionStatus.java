package uk.ectinduction.meetings.internal;

/** A next-step action is open until a later Review marks it completed, continued (into a new action) or dropped. */
public enum ActionStatus {
    OPEN("Open", "govuk-tag--blue"),
    COMPLETED("Completed", "govuk-tag--green"),
    CONTINUED("Continued", "govuk-tag--purple"),
    DROPPED("Dropped", "govuk-tag--grey");

    private final String label;
    private final String tagClass;

    ActionStatus(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    public String tagClass() {
        return tagClass;
    }
}
