package uk.ectinduction.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import uk.ectinduction.content.ContentFixtures;
import uk.ectinduction.content.ContentImporter;
import uk.ectinduction.content.ImportProgress;
import uk.ectinduction.content.ImportReport;
import uk.ectinduction.content.ImportRequest;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.SignIn;

/**
 * The demo programmes are there from start-up, for every audience: the made-up one with no broken links, the real
 * module with its handouts and only the links to the modules it does not include broken.
 */
@IntegrationTest
class DemoContentTest {

    static final String MODULE = "/programmes/northfield-teaching-partnership/year-1-routines-and-relationships";

    @Autowired
    MockMvc mvc;

    @Autowired
    ContentImporter importer;

    Element main(String path, String email) throws Exception {
        MockHttpSession session = SignIn.as(mvc, email);
        return Jsoup.parse(mvc.perform(get(path).session(session))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .selectFirst("main");
    }

    @Test
    void theMadeUpDemoProgrammeImportsWithoutErrorsOrWarnings() {
        ImportReport report =
                importer.importContent(ImportRequest.tree(DemoContent.files(DemoContent.MADE_UP)), ImportProgress.NONE);
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(report.pages()).hasSize(10);
    }

    @Test
    void theRealModuleIsTheCorpusWithItsHandoutsAndNothingElse() throws Exception {
        List<ImportRequest.SourceFile> demo = DemoContent.files(DemoContent.REAL_MODULE);
        List<ImportRequest.SourceFile> corpus = ContentFixtures.tree(ContentFixtures.CORPUS);
        assertThat(demo)
                .extracting(ImportRequest.SourceFile::path)
                .containsExactlyElementsOf(
                        corpus.stream().map(ImportRequest.SourceFile::path).toList())
                .contains("assets/materials/edt-Block-6-mentor-handout-6.1.pdf")
                .doesNotContain("README.md");
        for (int i = 0; i < demo.size(); i++) {
            assertThat(demo.get(i).bytes())
                    .as(demo.get(i).path())
                    .isEqualTo(corpus.get(i).bytes());
        }

        ImportReport report = importer.importContent(ImportRequest.tree(demo), ImportProgress.NONE);
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).isNotEmpty().allMatch(w -> w.message().startsWith("broken link"));
        assertThat(report.count(ImportReport.Outcome.UNCHANGED))
                .as("imported at start-up already")
                .isEqualTo(report.pages().size());
        MockHttpSession mentor = SignIn.as(mvc, "mentor@example.com");
        mvc.perform(get("/programmes/assets/materials/edt-Block-6-mentor-handout-6.1.pdf")
                        .session(mentor))
                .andExpect(status().isOk());
    }

    @Test
    void eachAudienceReadsItsDemoMaterials() throws Exception {
        Element mentor = main(MODULE + "/autumn-week-1-mentor-materials", "mentor@example.com");
        assertThat(mentor.select(".app-agenda__minutes").eachText()).containsExactly("5", "5", "35", "5");
        Element tutor = main(MODULE + "/autumn-week-1-induction-tutor-materials", "tutor@example.com");
        assertThat(tutor.select(".app-agenda__minutes").eachText()).containsExactly("10", "15", "15", "15", "5");
        assertThat(tutor.select(".app-agenda__total").text()).isEqualTo("60");
        Element ect = main(MODULE, "ect@example.com");
        assertThat(ect.select(".app-weeks th[scope=row]").eachText())
                .containsExactly(
                        "Week 1: starting the lesson well",
                        "Week 2: keeping routines going",
                        "Week 3: talking with families");
        assertThat(main("/programmes/northfield-teaching-partnership", "ect@example.com")
                        .select(".app-programme a")
                        .eachAttr("href"))
                .containsExactly(MODULE);
    }
}
