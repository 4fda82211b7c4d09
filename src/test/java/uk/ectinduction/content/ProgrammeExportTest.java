package uk.ectinduction.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.ectinduction.content.ContentFixtures.CORPUS;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import uk.ectinduction.content.internal.ExportTarget;
import uk.ectinduction.content.internal.ProgrammeExporter;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.Cli;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.SignIn;

/**
 * Export gives back the tree an import took, byte for byte: the corpus imported and exported again, through the
 * service, the command line and the admin's zip download. Each test imports the corpus under a programme slug of
 * its own (the files' bytes unchanged), so that no other test's pages are in its programme.
 */
@IntegrationTest
@RecordApplicationEvents
class ProgrammeExportTest {

    private static final String CORPUS_SLUG = "education-development-trust";
    private static final String MENTOR_WEEK_4 = "/year-1-a-people-profession/summer-week-4-mentor-materials.md";

    @Autowired
    ContentImporter importer;

    @Autowired
    ProgrammeExporter exporter;

    @Autowired
    PageEditor editor;

    @Autowired
    UserAccounts accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEvents events;

    @TempDir
    Path temp;

    @Test
    void anExportRightAfterAnImportGivesBackEveryFileOfTheCorpusByteForByte() throws Exception {
        Map<String, byte[]> corpus = importCorpusAs("round-trip-provider");

        exporter.export("round-trip-provider", ExportTarget.directory(temp), null);

        assertSameTree(read(temp), corpus);
        assertThat(events.stream(ContentActionTaken.class)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(ContentActionTaken.Action.EXPORT);
            assertThat(e.target()).isEqualTo("round-trip-provider");
            assertThat(e.actorId()).isNull();
        });
    }

    @Test
    void theCorpusUnderItsOwnSlugComesBackByteForByte() throws Exception {
        ImportReport report =
                importer.importContent(ImportRequest.tree(ContentFixtures.tree(CORPUS)), ImportProgress.NONE);
        assertThat(report.errors()).isEmpty();

        exporter.export(CORPUS_SLUG, ExportTarget.directory(temp), null);

        // Other tests may add pages of their own to this programme; every file of the corpus must come back as it is.
        Map<String, byte[]> exported = read(temp);
        read(CORPUS)
                .forEach(
                        (path, bytes) -> assertThat(exported.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void afterAChangeTheExportedPageIsTheNewVersionAndTheRestIsUnchanged() throws Exception {
        Map<String, byte[]> corpus = importCorpusAs("edited-provider");
        String path = "edited-provider" + MENTOR_WEEK_4;
        byte[] changed = (new String(corpus.get(path), StandardCharsets.UTF_8)
                        + "\nA sentence added by the programme admin.\n")
                .getBytes(StandardCharsets.UTF_8);
        ImportReport again = importer.importContent(
                ImportRequest.tree(List.of(new ImportRequest.SourceFile(path, path, changed))), ImportProgress.NONE);
        assertThat(again.pages())
                .singleElement()
                .satisfies(p -> assertThat(p.outcome()).isEqualTo(ImportReport.Outcome.NEW_VERSION));

        exporter.export("edited-provider", ExportTarget.directory(temp), null);

        Map<String, byte[]> exported = read(temp);
        assertThat(new String(exported.get(path), StandardCharsets.UTF_8))
                .contains("A sentence added by the programme admin.");
        corpus.put(path, changed);
        assertSameTree(exported, corpus);
    }

    @Test
    void afterAnAdminsEditIsPublishedTheExportedPageIsTheEditedMarkdown() throws Exception {
        Map<String, byte[]> corpus = importCorpusAs("admin-edited-provider");
        String path = "admin-edited-provider" + MENTOR_WEEK_4;
        EditablePage page =
                editor.open("/programmes/" + path.replaceFirst("\\.md$", "")).orElseThrow();
        long adminId = EditingFixtures.admin(accounts, "Export Admin").id();
        PageText text = page.text();
        PageText edited = new PageText(
                text.title(), text.frontMatter(), text.markdown() + "\nA sentence an admin typed in the editor.\n");
        SaveResult.Saved draft = (SaveResult.Saved)
                editor.saveDraft(page.pageId(), edited, "Add a sentence", adminId, page.lockVersion());

        // A draft is not what readers have, so the export still gives back the imported bytes.
        exporter.export("admin-edited-provider", ExportTarget.directory(temp), null);
        assertSameTree(read(temp), corpus);

        editor.publish(page.pageId(), draft.versionId(), "Published", adminId);
        Path again = Files.createDirectories(temp.resolve("again"));
        exporter.export("admin-edited-provider", ExportTarget.directory(again), null);

        Map<String, byte[]> exported = read(again);
        String exportedPage = new String(exported.get(path), StandardCharsets.UTF_8);
        assertThat(exportedPage)
                .isEqualTo(new String(corpus.get(path), StandardCharsets.UTF_8)
                        + "\nA sentence an admin typed in the editor.\n");
        corpus.put(path, exported.get(path));
        assertSameTree(exported, corpus);
    }

    @Test
    void aByteOrderMarkWindowsLineEndsAndNoFinalNewlineSurviveTheRoundTrip() throws Exception {
        byte[] awkward = "\uFEFF---\r\ntitle: \"Awkward bytes\"\r\n---\r\n\r\n# Awkward\u00a0bytes  \r\n\r\nLast line"
                .getBytes(StandardCharsets.UTF_8);
        String path = "awkward-provider/year-1-awkward/autumn-week-1-ect-instructions.md";
        assertThat(importer.importContent(
                                ImportRequest.tree(List.of(new ImportRequest.SourceFile(path, path, awkward))),
                                ImportProgress.NONE)
                        .errors())
                .isEmpty();

        exporter.export("awkward-provider", ExportTarget.directory(temp), null);

        assertThat(read(temp)).containsOnlyKeys(path);
        assertThat(Files.readAllBytes(temp.resolve(path))).isEqualTo(awkward);
    }

    @Test
    void theCommandLineWritesTheTreeAndSaysHowMuch() throws Exception {
        Map<String, byte[]> corpus = importCorpusAs("cli-export-provider");
        Path folder = temp.resolve("new/folder");

        Cli.Run run = Cli.prod("", "export", "--programme", "cli-export-provider", folder.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("exported cli-export-provider to " + folder + ": 25 pages, 5 handouts");
        assertSameTree(read(folder), corpus);
    }

    @Test
    void theCommandLineRefusesAnUnknownProgrammeInOneLineAndWritesNothing() {
        Path folder = temp.resolve("never-made");

        Cli.Run run = Cli.prod("", "export", "--programme", "no-such-programme", folder.toString());

        assertThat(run.status()).isNotZero();
        assertThat(run.err().strip()).isEqualTo("error: no programme with the slug 'no-such-programme'");
        assertThat(folder).doesNotExist();
    }

    @Test
    void theCommandLineRefusesAFolderItCannotWriteInOneLine() throws Exception {
        importCorpusAs("unwritable-provider");
        Path file = Files.writeString(temp.resolve("a-file"), "in the way");

        Cli.Run run = Cli.prod(
                "",
                "export",
                "--programme",
                "unwritable-provider",
                file.resolve("sub").toString());

        assertThat(run.status()).isNotZero();
        assertThat(run.err().strip())
                .startsWith("error: cannot write to the folder " + file.resolve("sub") + ": ")
                .doesNotContain("\n");
    }

    @Test
    void theAdminDownloadsTheSameTreeAsAZip() throws Exception {
        Map<String, byte[]> corpus = importCorpusAs("zip-provider");

        byte[] zip = mvc.perform(get("/admin/content/export")
                        .param("programme", "zip-provider")
                        .session(SignIn.as(mvc, "admin@example.com")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(
                        header().string("Content-Disposition", startsWith("attachment; filename=\"zip-provider.zip\"")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        assertSameTree(unzip(zip), corpus);
        assertThat(events.stream(ContentActionTaken.class)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(ContentActionTaken.Action.EXPORT);
            assertThat(e.target()).isEqualTo("zip-provider");
            assertThat(e.actorId()).isNotNull();
        });
    }

    @Test
    void anUnknownProgrammeIsNotFoundForAdminsAndForbiddenToEveryoneElse() throws Exception {
        mvc.perform(get("/admin/content/export")
                        .param("programme", "no-such-programme")
                        .session(SignIn.as(mvc, "admin@example.com")))
                .andExpect(status().isNotFound());
        importCorpusAs("forbidden-provider");
        for (String email : List.of("mentor@example.com", "tutor@example.com", "ect@example.com")) {
            mvc.perform(get("/admin/content/export")
                            .param("programme", "forbidden-provider")
                            .session(SignIn.as(mvc, email)))
                    .andExpect(status().isForbidden());
        }
    }

    /** The corpus with its programme's slug changed (the files' paths only; their bytes as they are), imported. */
    private Map<String, byte[]> importCorpusAs(String slug) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        read(CORPUS).forEach((path, bytes) -> files.put(path.replaceFirst("^" + CORPUS_SLUG, slug), bytes));
        ImportReport report = importer.importContent(
                ImportRequest.tree(files.entrySet().stream()
                        .map(f -> new ImportRequest.SourceFile(f.getKey(), f.getKey(), f.getValue()))
                        .toList()),
                ImportProgress.NONE);
        assertThat(report.errors()).isEmpty();
        return files;
    }

    private static void assertSameTree(Map<String, byte[]> actual, Map<String, byte[]> expected) {
        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(path).isEqualTo(bytes));
    }

    private static Map<String, byte[]> read(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            Map<String, byte[]> files = new TreeMap<>();
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
            return files;
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
