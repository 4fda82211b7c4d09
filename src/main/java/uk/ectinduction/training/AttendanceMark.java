package uk.ectinduction.training;

/** An ECT's mark on a session's register. Late counts as attending: they were there for planning for action. */
public enum AttendanceMark {
    PRESENT("Present"),
    LATE("Late"),
    ABSENT("Absent");

    private final String label;

    AttendanceMark(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean attended() {
        return this != ABSENT;
    }
}
