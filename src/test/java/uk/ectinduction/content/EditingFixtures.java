package uk.ectinduction.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.SignIn;

/** A page of its own for each editing test (the seed mentor page in a fresh module), and admins to edit it. */
final class EditingFixtures {

    static final Path MENTOR_SEED = Path.of("src/test/resources/seeds/year-1-summer-week-4-mentor-materials.md");

    private EditingFixtures() {}

    /** Imports the seed mentor page into a module no other test uses; its url path. */
    static String freshMentorPage(ContentImporter importer) {
        String module = "Editing " + System.nanoTime();
        ImportReport report = importer.importContent(
                new ImportRequest(ContentFixtures.files(MENTOR_SEED), "Editing test provider", module),
                ImportProgress.NONE);
        assertThat(report.errors()).isEmpty();
        return report.pages().get(0).path();
    }

    static Person admin(UserAccounts accounts, String name) {
        return accounts.createUser(
                name.toLowerCase().replace(' ', '-') + "-" + System.nanoTime() + "@editing.example",
                name,
                EnumSet.of(Role.ADMIN),
                SignIn.DEMO_PASSWORD);
    }
}
