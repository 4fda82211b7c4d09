package uk.ectinduction.content.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import uk.ectinduction.content.ImportRequest;

/** The files of a zip of a programme tree, relative to the tree's root (a single top folder is dropped). */
public final class ZipSources {

    static final long MAX_TOTAL_BYTES = 512L * 1024 * 1024;
    static final int MAX_ENTRIES = 50_000;

    private ZipSources() {}

    public static List<ImportRequest.SourceFile> read(byte[] zip, String displayName) {
        List<ImportRequest.SourceFile> files = new ArrayList<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = nextEntry(in, files)) != null) {
                String name = entry.getName().replace('\\', '/');
                if (entry.isDirectory()
                        || name.startsWith("__MACOSX/")
                        || name.endsWith("/.DS_Store")
                        || name.equals(".DS_Store")) {
                    continue;
                }
                if (name.contains("../") || name.startsWith("/")) {
                    throw new SourceProblem(1, "the zip holds an unsafe path: " + name);
                }
                if (files.size() >= MAX_ENTRIES) {
                    throw new SourceProblem(1, "the zip holds more than " + MAX_ENTRIES + " files");
                }
                byte[] bytes = readLimited(in, MAX_TOTAL_BYTES - total);
                total += bytes.length;
                files.add(new ImportRequest.SourceFile(name, displayName + "!" + name, bytes));
            }
        } catch (IOException e) {
            throw new SourceProblem(1, "unreadable file: not a zip archive (" + e.getMessage() + ")");
        }
        if (files.isEmpty()) {
            throw new SourceProblem(1, "unreadable file: the zip archive is empty or not a zip archive");
        }
        return dropCommonRoot(files);
    }

    /**
     * The next entry, or a clear problem if its name is not UTF-8: some zip tools still write names in an
     * old code page (a Windows folder zipped with accented names), which Java cannot read as UTF-8.
     */
    private static ZipEntry nextEntry(ZipInputStream in, List<ImportRequest.SourceFile> read) throws IOException {
        try {
            return in.getNextEntry();
        } catch (IllegalArgumentException | ZipException e) {
            if (e instanceof ZipException && !String.valueOf(e.getMessage()).contains("entry name")) {
                throw e;
            }
            String after = read.isEmpty()
                    ? ""
                    : " (the file after " + read.get(read.size() - 1).path() + ")";
            throw new SourceProblem(
                    1,
                    "the zip holds a file name that is not UTF-8" + after
                            + ": rename the file without special characters, or zip the folder again with a tool that "
                            + "writes UTF-8 names");
        }
    }

    /** A zip of a folder holds {@code folder/...}; the tree starts inside it unless pages sit at the top. */
    private static List<ImportRequest.SourceFile> dropCommonRoot(List<ImportRequest.SourceFile> files) {
        String root = null;
        for (ImportRequest.SourceFile f : files) {
            int slash = f.path().indexOf('/');
            if (slash < 0) {
                return files;
            }
            String first = f.path().substring(0, slash + 1);
            if (root == null) {
                root = first;
            } else if (!root.equals(first)) {
                return files;
            }
        }
        if (root == null || root.equals("assets/")) {
            return files;
        }
        // A zip of one programme's folder alone would lose its slug: only drop a root that holds a tree.
        String r = root;
        boolean holdsTree = files.stream()
                .anyMatch(f -> f.path().substring(r.length()).startsWith("assets/")
                        || (f.path().substring(r.length()).indexOf('/') < 0
                                && f.path().endsWith(".md")));
        if (!holdsTree) {
            return files;
        }
        return files.stream()
                .map(f -> new ImportRequest.SourceFile(f.path().substring(r.length()), f.displayName(), f.bytes()))
                .toList();
    }

    private static byte[] readLimited(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            if (out.size() > limit) {
                throw new SourceProblem(1, "the zip unpacks to more than " + (MAX_TOTAL_BYTES >> 20) + " MB");
            }
        }
        return out.toByteArray();
    }
}
