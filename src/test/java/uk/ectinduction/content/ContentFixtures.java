package uk.ectinduction.content;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import uk.ectinduction.EctInductionApplication;
import uk.ectinduction.support.TestPostgres;
import uk.ectinduction.system.CommandLineTools;

/** Small helpers shared by the content tests: fixture trees, the shared corpus, signing in, the CLI. */
final class ContentFixtures {

    static final String PASSWORD = "demo-password-for-tests";
    static final Path FIXTURES = Path.of("src/test/resources/content-fixtures");
    static final Path SHARED = Path.of("../shared");
    static final Path CORPUS = SHARED.resolve("corpus");
    static final Path SEEDS = SHARED.resolve("seeds");

    private ContentFixtures() {
    }

    static List<ImportRequest.SourceFile> tree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            List<ImportRequest.SourceFile> files = new ArrayList<>();
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                files.add(new ImportRequest.SourceFile(relative, root.resolve(relative).toString(),
                        Files.readAllBytes(file)));
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
                files.add(new ImportRequest.SourceFile(path.getFileName().toString(), path.toString(),
                        Files.readAllBytes(path)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    static MockHttpSession signIn(MockMvc mvc, String email) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(email).password(PASSWORD)).andReturn()
                .getRequest().getSession();
    }

    record Run(int status, String out, String err) {
    }

    /** Runs the jar's command line, under the prod profile, against this run's database. */
    static Run command(String... args) {
        TestPostgres.Connection db = TestPostgres.connection();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--spring.profiles.active=prod", "--spring.datasource.url=" + db.jdbcUrl(),
                "--spring.datasource.username=" + db.username(), "--spring.datasource.password=" + db.password()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CommandLineTools.run(EctInductionApplication.class, all.toArray(String[]::new),
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
