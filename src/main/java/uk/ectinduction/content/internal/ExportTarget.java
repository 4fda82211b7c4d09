package uk.ectinduction.content.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Where an export writes a programme's tree: a folder on disk (the command line) or a zip stream (the admin's
 * download). The exporter decides what goes in the tree; a target only writes a file at a tree path.
 */
public interface ExportTarget {

    /** Writes one file of the tree at {@code path} ({@code edt/year-1-x/part.md}, {@code assets/materials/a.pdf}). */
    void write(String path, byte[] bytes) throws IOException;

    /** Writes the tree under {@code root}, replacing files of the same name. */
    static ExportTarget directory(Path root) {
        Path base = root.toAbsolutePath().normalize();
        return (path, bytes) -> {
            Path file = base.resolve(safe(path)).normalize();
            if (!file.startsWith(base)) {
                throw new IOException("refused to write outside the folder: " + path);
            }
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        };
    }

    /** Adds each file as an entry of {@code zip}; the caller finishes the zip. */
    static ExportTarget zip(ZipOutputStream zip) {
        return (path, bytes) -> {
            zip.putNextEntry(new ZipEntry(safe(path)));
            zip.write(bytes);
            zip.closeEntry();
        };
    }

    /** Tree paths come from earlier imports, which refused unsafe ones; an export checks again all the same. */
    private static String safe(String path) throws IOException {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || ("/" + path + "/").contains("/../")) {
            throw new IOException("not a path inside the tree: " + path);
        }
        return path;
    }
}
