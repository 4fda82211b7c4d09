package uk.ectinduction.meetings;

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

/** Mentor materials to meet about, and fresh mentor–ECT pairs so that each test's meetings are its own. */
final class MeetingFixtures {

    static final String PASSWORD = "demo-password-for-tests";
    static final String MODULE = "/programmes/meeting-test-provider/a-people-profession";
    /** The seed's week: Review 5, Plan 5, Theory to practice 35, Next steps 5. */
    static final String TIMED = MODULE + "/year-1-summer-week-4-mentor-materials";
    /** A provider's week with no timings: three sections, no agenda. */
    static final String UNTIMED = MODULE + "/other-week-2-mentor-materials";

    private static final AtomicInteger PAIRS = new AtomicInteger();

    record Pair(Person mentor, Person ect) {}

    private MeetingFixtures() {}

    static void importMaterials(ContentImporter importer) {
        List<ImportRequest.SourceFile> files = new ArrayList<>();
        for (Path path : List.of(
                Path.of("src/test/resources/seeds/year-1-summer-week-4-mentor-materials.md"),
                Path.of("src/test/resources/meeting-fixtures/other-week-2-mentor-materials.md"))) {
            try {
                files.add(new ImportRequest.SourceFile(
                        path.getFileName().toString(), path.toString(), Files.readAllBytes(path)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        ImportReport report = importer.importContent(
                new ImportRequest(files, "Meeting test provider", "A people profession"), ImportProgress.NONE);
        assertThat(report.errors()).isEmpty();
    }

    /** A new mentor and their new ECT, both with the demo password. */
    static Pair pair(UserAccounts accounts) {
        int n = PAIRS.incrementAndGet();
        String run = Long.toString(System.nanoTime(), 36);
        Person mentor = accounts.createUser(
                "mentor-" + run + "-" + n + "@meetings.example", "Mentor " + n, EnumSet.of(Role.MENTOR), PASSWORD);
        Person ect = accounts.createUser(
                "ect-" + run + "-" + n + "@meetings.example", "Teacher " + n, EnumSet.of(Role.ECT), PASSWORD);
        accounts.assignMentor(mentor.id(), ect.id(), LocalDate.now());
        return new Pair(mentor, ect);
    }
}
