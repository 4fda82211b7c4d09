package uk.ectinduction.content.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import uk.ectinduction.content.ContentImporter;
import uk.ectinduction.content.ImportProgress;
import uk.ectinduction.content.ImportReport;
import uk.ectinduction.content.ImportRequest;
import uk.ectinduction.system.CommandLineTools;
import uk.ectinduction.system.ConsoleCommand;

/**
 * {@code import [--programme NAME] [--module NAME] PATH...}: a programme tree (a folder or a zip of one),
 * or single Markdown pages placed by {@code --programme} and {@code --module}. One line per page imported,
 * warnings and errors as {@code file:line: severity: message} on standard error; nothing is imported
 * if any file has an error.
 */
@Component
class ImportCommand implements ConsoleCommand {

    private final ContentImporter importer;

    ImportCommand(ContentImporter importer) {
        this.importer = importer;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "import [--programme NAME] [--module NAME] PATH...";
    }

    @Override
    public void run(List<String> args, BufferedReader stdin, PrintStream out) {
        int status = run(args, stdin, out, System.err);
        if (status != CommandLineTools.OK) {
            throw new CommandFailure("import failed");
        }
    }

    @Override
    public int run(List<String> args, BufferedReader stdin, PrintStream out, PrintStream err) {
        String programme = null;
        String module = null;
        List<String> paths = new ArrayList<>();
        List<String> rest = new ArrayList<>(args);
        while (!rest.isEmpty()) {
            String arg = rest.remove(0);
            if (arg.equals("--programme") || arg.equals("--module")) {
                if (rest.isEmpty()) {
                    throw new CommandFailure(arg + " needs a name; usage: " + usage());
                }
                if (arg.equals("--programme")) {
                    programme = rest.remove(0);
                } else {
                    module = rest.remove(0);
                }
            } else if (arg.startsWith("--programme=")) {
                programme = arg.substring("--programme=".length());
            } else if (arg.startsWith("--module=")) {
                module = arg.substring("--module=".length());
            } else if (arg.startsWith("-")) {
                throw new CommandFailure("unexpected option '" + arg + "'; usage: " + usage());
            } else {
                paths.add(arg);
            }
        }
        if (paths.isEmpty()) {
            throw new CommandFailure("name at least one folder, zip or Markdown file; usage: " + usage());
        }
        boolean single = programme != null || module != null;
        List<ImportRequest.SourceFile> files = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (String given : paths) {
            Path path = Path.of(given);
            try {
                if (Files.isDirectory(path)) {
                    if (single) {
                        throw new CommandFailure(
                                "--programme and --module place single Markdown files, not the " + "folder " + given);
                    }
                    files.addAll(readTree(path, given));
                } else if (given.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                    files.addAll(ZipSources.read(Files.readAllBytes(path), given));
                } else if (given.toLowerCase(Locale.ROOT).endsWith(".md")) {
                    if (!single) {
                        unreadable.add(given + ":1: error: a single page needs --programme NAME and --module NAME "
                                + "to say where it belongs");
                        continue;
                    }
                    files.add(new ImportRequest.SourceFile(
                            path.getFileName().toString(), given, Files.readAllBytes(path)));
                } else if (!Files.exists(path)) {
                    unreadable.add(given + ":1: error: unreadable file: no such file or folder");
                } else {
                    unreadable.add(given + ":1: error: not a folder, a .zip or a .md file");
                }
            } catch (IOException | UncheckedIOException e) {
                unreadable.add(given + ":1: error: unreadable file: " + e.getMessage());
            } catch (SourceProblem e) {
                unreadable.add(given + ":" + e.line() + ": error: " + e.getMessage());
            }
        }
        if (!unreadable.isEmpty()) {
            unreadable.forEach(err::println);
            err.println("error: import failed with " + unreadable.size() + " error(s); nothing was imported");
            return CommandLineTools.FAILED;
        }
        Counter counter = new Counter(err);
        long started = System.nanoTime();
        ImportReport report = importer.importContent(new ImportRequest(files, programme, module), counter);
        counter.finish();
        report.warnings().forEach(err::println);
        if (report.failed()) {
            report.errors().forEach(err::println);
            err.println("error: import failed with " + report.errors().size() + " error(s); nothing was imported");
            return CommandLineTools.FAILED;
        }
        for (ImportReport.ImportedPage page : report.pages()) {
            out.println("imported " + page.title() + " -> " + page.path());
        }
        for (ImportReport.ImportedPage page : report.keptDrafts()) {
            err.println(page.path() + ": draft kept: its unpublished draft (version " + page.keptDraft()
                    + ") is still waiting; readers now see the imported version " + page.version());
        }
        err.println(report.pages().size() + " pages (" + report.count(ImportReport.Outcome.NEW) + " new, "
                + report.count(ImportReport.Outcome.NEW_VERSION) + " new versions, "
                + report.count(ImportReport.Outcome.UNCHANGED) + " unchanged), " + report.assets() + " files, "
                + report.warnings().size() + " warning(s), in "
                + String.format(Locale.ROOT, "%.2f s", (System.nanoTime() - started) / 1e9));
        return CommandLineTools.OK;
    }

    private static List<ImportRequest.SourceFile> readTree(Path root, String given) throws IOException {
        List<Path> found;
        try (Stream<Path> walk = Files.walk(root)) {
            found = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<ImportRequest.SourceFile> files = new ArrayList<>();
        for (Path file : found) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            if (relative.startsWith(".") || relative.contains("/.")) {
                continue; // hidden files such as .DS_Store
            }
            String display = given.endsWith("/") ? given + relative : given + "/" + relative;
            try {
                files.add(new ImportRequest.SourceFile(relative, display, Files.readAllBytes(file)));
            } catch (IOException e) {
                throw new SourceProblem(1, "unreadable file " + display + ": " + e.getMessage());
            }
        }
        return files;
    }

    /** A running count on standard error, rewritten in place. */
    private static final class Counter implements ImportProgress {
        private final PrintStream err;
        private String last = "";
        private boolean shown;

        Counter(PrintStream err) {
            this.err = err;
        }

        @Override
        public void update(int done, int total, String stage) {
            String line = stage + ": " + done + "/" + total;
            boolean step = done == total || done % Math.max(1, total / 20) == 0;
            if (step && !line.equals(last)) {
                err.print("\r" + line + "   ");
                err.flush();
                last = line;
                shown = true;
            }
        }

        void finish() {
            if (shown) {
                err.println();
            }
        }
    }
}
