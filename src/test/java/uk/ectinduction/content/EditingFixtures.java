package uk.ectinduction.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.SignIn;

/** A page of its own for each editing test (the seed mentor page in a fresh module), and admins to edit it. */
final class EditingFixtures {

    static final Path MENTOR_SEED = Path.of("src/test/resources/seeds/year-1-summer-week-4-mentor-materials.md");

    private EditingFixtures() {}

    static final String PROGRAMME = "Editing test provider";
    static final String FILE_NAME = MENTOR_SEED.getFileName().toString();

    /** A module no other test uses. */
    static String freshModule() {
        return "Editing " + System.nanoTime();
    }

    /** Imports the seed mentor page into a module; its url path. */
    static String mentorPage(ContentImporter importer, String module) {
        ImportReport report = importer.importContent(
                new ImportRequest(ContentFixtures.files(MENTOR_SEED), PROGRAMME, module), ImportProgress.NONE);
        assertThat(report.errors()).isEmpty();
        return report.pages().get(0).path();
    }

    /** A new text for the mentor page, as its provider might publish it. */
    static ImportRequest providersNewText(String module) {
        String changed = "---\ntitle: \"Year 1 Summer week 4 mentor materials\"\n---\n\nThe provider's new text.\n";
        return new ImportRequest(
                List.of(new ImportRequest.SourceFile(FILE_NAME, FILE_NAME, changed.getBytes(StandardCharsets.UTF_8))),
                PROGRAMME,
                module);
    }

    static Person admin(UserAccounts accounts, String name) {
        return accounts.createUser(
                name.toLowerCase().replace(' ', '-') + "-" + System.nanoTime() + "@editing.example",
                name,
                EnumSet.of(Role.ADMIN),
                SignIn.DEMO_PASSWORD);
    }
}
