package uk.ectinduction.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.util.FileSystemUtils;
import uk.ectinduction.content.ContentActionTaken.Action;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.Cli;
import uk.ectinduction.support.IntegrationTest;

/** The editor's service: drafts, publishing, unpublishing, restore, the lock, and import beside a draft. */
@IntegrationTest
@RecordApplicationEvents
class PageEditorTest {

    @Autowired
    PageEditor editor;

    @Autowired
    ContentImporter importer;

    @Autowired
    ContentPages pages;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    String module;
    String path;
    Person admin;

    @BeforeEach
    void freshPage() {
        module = EditingFixtures.freshModule();
        path = EditingFixtures.mentorPage(importer, module);
        admin = EditingFixtures.admin(accounts, "Editing Admin");
    }

    private PageText edited(EditablePage page, String from, String to) {
        assertThat(page.text().markdown()).contains(from);
        return new PageText(
                page.text().title(),
                page.text().frontMatter(),
                page.text().markdown().replace(from, to));
    }

    private String mentorReads() {
        return pages.page(path, Set.of(Role.MENTOR))
                .map(p -> String.join(
                        "\n", p.sections().stream().map(s -> s.html()).toList()))
                .orElse(null);
    }

    @Test
    void aSavedEditIsADraftOnlyAdminsSeeUntilItIsPublished() {
        EditablePage page = editor.open(path).orElseThrow();
        assertThat(page.text().title()).isEqualTo("Year 1 Summer week 4 mentor materials");
        assertThat(page.text().frontMatter()).isEqualTo("heading: \"Mentor materials\"\ncaption: \"Summer week 4\"");
        assertThat(page.live().number()).isEqualTo(1);
        assertThat(page.draft()).isNull();

        SaveResult result = editor.saveDraft(
                page.pageId(),
                edited(page, "Phoning home", "Phoning home today"),
                "Say when",
                admin.id(),
                page.lockVersion());

        SaveResult.Saved saved = (SaveResult.Saved) result;
        assertThat(saved.versionNumber()).isEqualTo(2);
        assertThat(mentorReads()).contains("Phoning home").doesNotContain("Phoning home today");
        assertThat(pages.page(path, Set.of(Role.ADMIN)).orElseThrow().draftPending())
                .isTrue();
        EditablePage reopened = editor.open(path).orElseThrow();
        assertThat(reopened.draft().number()).isEqualTo(2);
        assertThat(reopened.draft().author()).isEqualTo("Editing Admin");
        assertThat(reopened.draft().note()).isEqualTo("Say when");
        assertThat(reopened.text().markdown()).contains("Phoning home today");
        assertThat(events.stream(ContentActionTaken.class))
                .contains(new ContentActionTaken(Action.EDIT, path, admin.id(), "draft version 2: Say when"));

        assertThat(editor.publish(page.pageId(), saved.versionId(), "Published for September", admin.id()))
                .isEqualTo(PageEditor.Publishing.PUBLISHED);

        assertThat(mentorReads()).contains("Phoning home today");
        assertThat(editor.open(path).orElseThrow().draft()).isNull();
        assertThat(jdbc.sql("select status from page_version where id = ?")
                        .param(saved.versionId())
                        .query(String.class)
                        .single())
                .isEqualTo("PUBLISHED");
        assertThat(events.stream(ContentActionTaken.class))
                .contains(
                        new ContentActionTaken(Action.PUBLISH, path, admin.id(), "version 2: Published for September"));
    }

    @Test
    void savingDerivesTheStructureAgainFromTheMarkdown() {
        EditablePage page = editor.open(path).orElseThrow();
        // A stated total, a longer plan, a learning intention with a code the framework lacks, a skipped level.
        String markdown = page.text()
                .markdown()
                .replace("### Meeting activities", "### Meeting activities\n\nDuration: 50 minutes")
                .replace("Plan: 5 mins", "Plan: 15 mins")
                .replace("- Building effective", "- 9.9 Building effective")
                .replace("### Topic introduction", "##### Topic introduction");
        SaveResult.Saved saved = (SaveResult.Saved) editor.saveDraft(
                page.pageId(),
                new PageText(page.text().title(), page.text().frontMatter(), markdown),
                null,
                admin.id(),
                page.lockVersion());

        assertThat(jdbc.sql(
                                "select name || ':' || minutes from page_section where version_id = ? and kind = 'ACTIVITY' "
                                        + "order by position")
                        .param(saved.versionId())
                        .query(String.class)
                        .list())
                .containsExactly("Review:5", "Plan:15", "Theory to Practice:35", "Next Steps:5");
        assertThat(jdbc.sql("select stated_minutes from page_version where id = ?")
                        .param(saved.versionId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(50);
        assertThat(saved.warnings())
                .extracting(ImportReport.Problem::message)
                .containsExactly(
                        "the activities add up to 60 minutes, but the page states 50 minutes",
                        "learning intention 9.9 matches no statement of the framework: Building effective relationships "
                                + "with parents, carers and families can improve pupils’ motivation, behaviour and "
                                + "academic success.",
                        "the heading \"Topic introduction\" is level 5 after level 3: a heading level is skipped");
    }

    @Test
    void theSecondOfTwoSavesFromTheSameVersionIsAConflictAndKeepsBothTexts() throws Exception {
        EditablePage page = editor.open(path).orElseThrow();
        Person other = EditingFixtures.admin(accounts, "Other Admin");
        PageText first = edited(page, "Phoning home", "Phoning home (first editor)");
        PageText second = edited(page, "Phoning home", "Phoning home (second editor)");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<SaveResult>> results = new ArrayList<>();
            for (var edit : List.of(new Object[] {first, admin}, new Object[] {second, other})) {
                results.add(threads.submit(() -> {
                    start.await();
                    return editor.saveDraft(
                            page.pageId(), (PageText) edit[0], null, ((Person) edit[1]).id(), page.lockVersion());
                }));
            }
            start.countDown();
            List<SaveResult> outcomes = new ArrayList<>();
            for (Future<SaveResult> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).filteredOn(r -> r instanceof SaveResult.Saved).hasSize(1);
            SaveResult.Conflict conflict = (SaveResult.Conflict) outcomes.stream()
                    .filter(r -> r instanceof SaveResult.Conflict)
                    .findFirst()
                    .orElseThrow();
            SaveResult.Saved saved = (SaveResult.Saved) outcomes.stream()
                    .filter(r -> r instanceof SaveResult.Saved)
                    .findFirst()
                    .orElseThrow();
            PageText winner = conflict.theirs() == first ? second : first;
            // Neither text is lost: the winner's is the draft, the loser's comes back with it to merge.
            assertThat(conflict.current().text().markdown()).isEqualTo(winner.markdown());
            assertThat(conflict.current().lockVersion()).isEqualTo(saved.lockVersion());
            assertThat(conflict.theirs().markdown()).isNotEqualTo(winner.markdown());
            assertThat(jdbc.sql("select count(*) from page_version p join content_page c on c.id = p.page_id "
                                    + "where c.url_path = ?")
                            .param(path)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(2);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void unpublishedPagesAre404ToReadersButAdminsStillSeeThemAndMayPublishThemAgain() {
        EditablePage page = editor.open(path).orElseThrow();
        assertThat(editor.unpublish(page.pageId(), admin.id())).isTrue();
        assertThat(pages.page(path, Set.of(Role.MENTOR))).isEmpty();
        assertThat(pages.page(path, Set.of(Role.ADMIN)).orElseThrow().unpublished())
                .isTrue();
        assertThat(editor.unpublish(page.pageId(), admin.id())).isFalse();
        EditablePage down = editor.open(path).orElseThrow();
        assertThat(down.unpublished()).isTrue();
        assertThat(down.withdrawn().number()).isEqualTo(1);

        assertThat(editor.publish(page.pageId(), down.withdrawn().id(), null, admin.id()))
                .isEqualTo(PageEditor.Publishing.PUBLISHED);
        assertThat(mentorReads()).contains("Phoning home");
        assertThat(events.stream(ContentActionTaken.class))
                .contains(new ContentActionTaken(Action.UNPUBLISH, path, admin.id(), null));
    }

    @Test
    void restoreMakesAnOldVersionTheNewDraft() {
        EditablePage page = editor.open(path).orElseThrow();
        SaveResult.Saved edit = (SaveResult.Saved) editor.saveDraft(
                page.pageId(), edited(page, "Phoning home", "Calling home"), null, admin.id(), page.lockVersion());
        editor.publish(page.pageId(), edit.versionId(), null, admin.id());

        SaveResult.Saved restored =
                editor.draftFromVersion(page.pageId(), page.live().id(), admin.id(), "Back");

        assertThat(restored.versionNumber()).isEqualTo(3);
        EditablePage now = editor.open(path).orElseThrow();
        assertThat(now.draft().number()).isEqualTo(3);
        assertThat(now.text().markdown()).isEqualTo(page.text().markdown());
        assertThat(mentorReads()).contains("Calling home");
    }

    @Test
    void theCommandLineImportSaysWhichDraftsItKept() throws Exception {
        EditablePage page = editor.open(path).orElseThrow();
        editor.saveDraft(page.pageId(), page.text(), null, admin.id(), page.lockVersion());
        Path dir = Files.createTempDirectory("new-text");
        try {
            Path file = dir.resolve(EditingFixtures.FILE_NAME);
            Files.write(
                    file,
                    EditingFixtures.providersNewText(module).files().get(0).bytes());
            Cli.Run run = Cli.prod(
                    "", "import", "--programme", EditingFixtures.PROGRAMME, "--module", module, file.toString());
            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.err())
                    .contains(path + ": draft kept: its unpublished draft (version 2) is still waiting; "
                            + "readers now see the imported version 3");
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    @Test
    void anImportOfANewVersionKeepsThePendingDraftAndSaysSo() {
        EditablePage page = editor.open(path).orElseThrow();
        editor.saveDraft(
                page.pageId(), edited(page, "Phoning home", "Calling home"), null, admin.id(), page.lockVersion());
        ImportReport report = importer.importContent(EditingFixtures.providersNewText(module), ImportProgress.NONE);

        assertThat(report.errors()).isEmpty();
        assertThat(report.keptDrafts()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.keptDraft()).isEqualTo(2);
            assertThat(p.version()).isEqualTo(3);
        });
        assertThat(mentorReads()).contains("The provider").doesNotContain("Calling home");
        EditablePage after = editor.open(path).orElseThrow();
        assertThat(after.draft().number()).isEqualTo(2);
        assertThat(after.text().markdown()).contains("Calling home");
        assertThat(after.lockVersion()).isGreaterThan(page.lockVersion() + 1);
    }
}
