package uk.ectinduction.content;

/** Told how far an import has gone, so that a long one can show a running count. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total, stage) -> {};

    /** {@code done} of {@code total} steps; {@code stage} says what is happening in words. */
    void update(int done, int total, String stage);
}
