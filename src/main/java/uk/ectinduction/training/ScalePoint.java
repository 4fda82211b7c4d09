package uk.ectinduction.training;

/** The five-point scale a group answers a statement on, from strongly disagree to strongly agree. */
public enum ScalePoint {
    STRONGLY_DISAGREE("Strongly disagree"),
    DISAGREE("Disagree"),
    NEITHER("Neither agree nor disagree"),
    AGREE("Agree"),
    STRONGLY_AGREE("Strongly agree");

    private final String label;

    ScalePoint(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
