package uk.ectinduction.content;

import java.util.List;

/**
 * What to import: a programme tree (paths relative to its root, e.g. {@code edt/year-1-x/part.md} and
 * {@code assets/materials/a.pdf}), or single Markdown pages that {@code programme} and {@code module} place.
 */
public record ImportRequest(List<SourceFile> files, String programme, String module) {

    /** One file: its path in the tree (or its name, for single pages), what to call it in messages, its bytes. */
    public record SourceFile(String path, String displayName, byte[] bytes) {}

    public static ImportRequest tree(List<SourceFile> files) {
        return new ImportRequest(files, null, null);
    }

    public boolean singlePages() {
        return programme != null || module != null;
    }
}
