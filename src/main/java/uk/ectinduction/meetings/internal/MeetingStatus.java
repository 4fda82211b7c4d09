package uk.ectinduction.meetings.internal;

/** Where a mentor meeting is: planned, being run, held, or called off. */
public enum MeetingStatus {
    PLANNED("Planned", "govuk-tag--blue"),
    IN_PROGRESS("In progress", "govuk-tag--yellow"),
    HELD("Held", "govuk-tag--green"),
    CANCELLED("Cancelled", "govuk-tag--grey");

    private final String label;
    private final String tagClass;

    MeetingStatus(String label, String tagClass) {
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
