package uk.ectinduction.content;

import java.util.List;

/**
 * What to import: a programme tree (paths relative to its root, e.g. {@code edt/year-1-x/part.md} and
 * {@code assets/materials/a.pdf}), or single Markdown pages that {@code programme} and {@code module} place.
 * {@code actorId} is the admin who asked, for the audit log; null when no one is signed in (the command line,
 * the demo content at start-up).
 */
public record ImportRequest(List<SourceFile> files, String programme, String module, Long actorId) {

    /** One file: its path in the tree (or its name, for single pages), what to call it in messages, its bytes. */
    public record SourceFile(String path, String displayName, byte[] bytes) {}

    public ImportRequest(List<SourceFile> files, String programme, String module) {
        this(files, programme, module, null);
    }

    public static ImportRequest tree(List<SourceFile> files) {
        return new ImportRequest(files, null, null);
    }

    public ImportRequest by(long actorId) {
        return new ImportRequest(files, programme, module, actorId);
    }

    public boolean singlePages() {
        return programme != null || module != null;
    }
}
