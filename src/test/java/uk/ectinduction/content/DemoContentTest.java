package uk.ectinduction.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.SignIn;

/** The demo programme is there from start-up, for every audience, with no broken links. */
@IntegrationTest
class DemoContentTest {

    static final String MODULE = "/programmes/northfield-teaching-partnership/year-1-routines-and-relationships";

    @Autowired
    MockMvc mvc;

    @Autowired
    ContentImporter importer;

    Element main(String path, String email) throws Exception {
        MockHttpSession session = SignIn.as(mvc, email);
        return Jsoup.parse(mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8)).selectFirst("main");
    }

    @Test
    void theDemoProgrammeImportsWithoutErrorsOrWarnings() {
        ImportReport report = importer.importContent(ImportRequest.tree(DemoContent.files()), ImportProgress.NONE);
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(report.pages()).hasSize(10);
    }

    @Test
    void eachAudienceReadsItsDemoMaterials() throws Exception {
        Element mentor = main(MODULE + "/autumn-week-1-mentor-materials", "mentor@example.com");
        assertThat(mentor.select(".app-agenda__minutes").eachText()).containsExactly("5", "5", "35", "5");
        Element tutor = main(MODULE + "/autumn-week-1-induction-tutor-materials", "tutor@example.com");
        assertThat(tutor.select(".app-agenda__minutes").eachText()).containsExactly("10", "15", "15", "15", "5");
        assertThat(tutor.select(".app-agenda__total").text()).isEqualTo("60");
        Element ect = main(MODULE, "ect@example.com");
        assertThat(ect.select(".app-weeks th[scope=row]").eachText()).containsExactly(
                "Week 1: starting the lesson well", "Week 2: keeping routines going", "Week 3: talking with families");
        assertThat(main("/programmes/northfield-teaching-partnership", "ect@example.com").select(".app-programme a")
                .eachAttr("href")).containsExactly(MODULE);
    }
}
