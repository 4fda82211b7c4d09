package uk.ectinduction.content.internal;

/** Something wrong with a source file at a line, found while reading it; becomes an import error. */
public class SourceProblem extends RuntimeException {

    private final int line;

    SourceProblem(int line, String message) {
        super(message);
        this.line = line;
    }

    int line() {
        return line;
    }
}
