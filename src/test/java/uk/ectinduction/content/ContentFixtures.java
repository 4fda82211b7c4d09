package uk.ectinduction.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Small helpers shared by the content tests: fixture trees, the real module and its seed pages (see the README there). */
public final class ContentFixtures {

    public static final Path FIXTURES = Path.of("src/test/resources/content-fixtures");
    public static final Path CORPUS = Path.of("src/test/resources/corpus");
    static final Path SEEDS = Path.of("src/test/resources/seeds");

    private ContentFixtures() {}

    /** Imports one fixture tree, which must import without errors. */
    static ImportReport importFixture(ContentImporter importer, String name) {
        ImportReport report =
                importer.importContent(ImportRequest.tree(tree(FIXTURES.resolve(name))), ImportProgress.NONE);
        assertThat(report.errors()).isEmpty();
        return report;
    }

    public static List<ImportRequest.SourceFile> tree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            List<ImportRequest.SourceFile> files = new ArrayList<>();
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                files.add(new ImportRequest.SourceFile(
                        relative, root.resolve(relative).toString(), Files.readAllBytes(file)));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ImportRequest.SourceFile> files(Path... paths) {
        List<ImportRequest.SourceFile> files = new ArrayList<>();
        for (Path path : paths) {
            try {
                files.add(new ImportRequest.SourceFile(
                        path.getFileName().toString(), path.toString(), Files.readAllBytes(path)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
