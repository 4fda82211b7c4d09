package uk.ectinduction.content.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.ectinduction.system.ConsoleCommand;

/**
 * {@code export --programme SLUG DIR}: writes one programme as the folder tree {@code import} takes
 * ({@code DIR/<slug>.md}, {@code DIR/<slug>/...}, {@code DIR/assets/...}). Files of the same name in DIR are
 * replaced; others are left alone.
 */
@Component
class ExportCommand implements ConsoleCommand {

    private final ProgrammeExporter exporter;

    ExportCommand(ProgrammeExporter exporter) {
        this.exporter = exporter;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export --programme SLUG DIR";
    }

    @Override
    public void run(List<String> args, BufferedReader stdin, PrintStream out) {
        String slug = null;
        List<String> folders = new ArrayList<>();
        List<String> rest = new ArrayList<>(args);
        while (!rest.isEmpty()) {
            String arg = rest.remove(0);
            if (arg.equals("--programme")) {
                if (rest.isEmpty()) {
                    throw new CommandFailure("--programme needs a slug; usage: " + usage());
                }
                slug = rest.remove(0);
            } else if (arg.startsWith("--programme=")) {
                slug = arg.substring("--programme=".length());
            } else if (arg.startsWith("-")) {
                throw new CommandFailure("unexpected option '" + arg + "'; usage: " + usage());
            } else {
                folders.add(arg);
            }
        }
        if (slug == null || slug.isBlank() || folders.size() != 1) {
            throw new CommandFailure("name one programme and one folder; usage: " + usage());
        }
        // The programme first, so that a mistyped slug leaves no empty folder behind.
        if (!exporter.exists(slug)) {
            throw new CommandFailure("no programme with the slug '" + slug + "'");
        }
        Path folder = Path.of(folders.get(0));
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new CommandFailure("cannot write to the folder " + folder + ": " + reason(e));
        }
        if (!Files.isWritable(folder)) {
            throw new CommandFailure("cannot write to the folder " + folder + ": permission denied");
        }
        try {
            ProgrammeExporter.Exported exported = exporter.export(slug, ExportTarget.directory(folder), null);
            out.println("exported " + slug + " to " + folder + ": " + exported.pages() + " pages, "
                    + exported.handouts() + " handouts");
        } catch (IOException e) {
            throw new CommandFailure("could not write the export to " + folder + ": " + reason(e));
        }
    }

    /** Java names only the file for the common failures; say what went wrong with it. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied at " + e.getMessage();
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return "a file, not a folder, is at " + e.getMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
