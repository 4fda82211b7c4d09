package uk.ectinduction.content;

import java.util.List;

/** The outcome of one import run: pages imported (only when there are no errors), warnings and errors. */
public record ImportReport(List<ImportedPage> pages, int assets, List<Problem> warnings, List<Problem> errors) {

    public enum Outcome {
        NEW,
        NEW_VERSION,
        UNCHANGED
    }

    /**
     * A page of the run, and the version its readers now see. {@code keptDraft} is the number of an unpublished draft
     * the page already had when this import brought a new version: the draft is kept, and the admin must be told.
     */
    public record ImportedPage(String title, String path, Outcome outcome, int version, Integer keptDraft) {}

    /**
     * A problem at a line of a source file, printed as compilers do: {@code file:line: error: message}.
     * Line 0 is a problem with the whole file (a handout has no lines): {@code file: warning: message}.
     */
    public record Problem(String file, int line, String severity, String message) {
        @Override
        public String toString() {
            return file + (line > 0 ? ":" + line : "") + ": " + severity + ": " + message;
        }

        /** As the page editor shows it, about the page being edited: "Line 12: broken link: ...". */
        public String onThePage() {
            return (line > 0 ? "Line " + line + ": " : "") + message;
        }
    }

    /** The pages whose unpublished draft was kept while this import made a new version live. */
    public List<ImportedPage> keptDrafts() {
        return pages.stream().filter(p -> p.keptDraft() != null).toList();
    }

    public boolean failed() {
        return !errors.isEmpty();
    }

    public long count(Outcome outcome) {
        return pages.stream().filter(p -> p.outcome() == outcome).count();
    }
}
