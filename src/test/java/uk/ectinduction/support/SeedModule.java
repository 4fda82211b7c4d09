package uk.ectinduction.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import uk.ectinduction.content.ContentImporter;
import uk.ectinduction.content.ImportProgress;
import uk.ectinduction.content.ImportReport;
import uk.ectinduction.content.ImportRequest;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.UserAccounts;

/**
 * The seed week as a module about Standard 8: the seed mentor materials (learning intentions 8.4 and 8h, quoted
 * without codes) and an ECT self-study page of the same week naming 8.4 and 8h; and fresh mentor–ECT pairs.
 */
public final class SeedModule {

    public static final String MODULE = "/programmes/log-test-provider/a-people-profession";
    public static final String MODULE_TITLE = "A people profession";
    public static final String MENTOR_PAGE = MODULE + "/year-1-summer-week-4-mentor-materials";
    public static final String ECT_PAGE = MODULE + "/year-1-summer-week-4-ect-self-study";

    private static final AtomicInteger PAIRS = new AtomicInteger();

    public record Pair(Person mentor, Person ect) {}

    private SeedModule() {}

    /** Imports the two pages (again: a re-import of the same text changes nothing). */
    public static void importPages(ContentImporter importer) {
        List<ImportRequest.SourceFile> files = new ArrayList<>();
        for (Path path : List.of(
                Path.of("src/test/resources/seeds/year-1-summer-week-4-mentor-materials.md"),
                Path.of("src/test/resources/log-fixtures/year-1-summer-week-4-ect-self-study.md"))) {
            try {
                files.add(new ImportRequest.SourceFile(
                        path.getFileName().toString(), path.toString(), Files.readAllBytes(path)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        ImportReport report = importer.importContent(
                new ImportRequest(files, "Log test provider", MODULE_TITLE), ImportProgress.NONE);
        assertThat(report.errors()).isEmpty();
    }

    /** A new mentor and their new ECT, both with the demo password. */
    public static Pair pair(UserAccounts accounts) {
        int n = PAIRS.incrementAndGet();
        String run = Long.toString(System.nanoTime(), 36);
        Person mentor = accounts.createUser(
                "mentor-" + run + "-" + n + "@log.example",
                "Log Mentor " + n,
                EnumSet.of(Role.MENTOR),
                SignIn.DEMO_PASSWORD);
        Person ect = accounts.createUser(
                "ect-" + run + "-" + n + "@log.example",
                "Log Teacher " + n,
                EnumSet.of(Role.ECT),
                SignIn.DEMO_PASSWORD);
        accounts.assignMentor(mentor.id(), ect.id(), LocalDate.now());
        return new Pair(mentor, ect);
    }
}
