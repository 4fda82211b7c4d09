package uk.ectinduction.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import uk.ectinduction.people.AppUserDetailsService;
import uk.ectinduction.people.Cohorts;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.Pages;
import uk.ectinduction.support.QueryCounter;
import uk.ectinduction.support.SignIn;
import uk.ectinduction.training.TrainingFixtures.Group;

/** Facilitate mode without JavaScript, its notes saved by form and by autosave, the plan's PDF and the list's cost. */
@IntegrationTest
class FacilitateTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TrainingSessions sessions;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Cohorts cohorts;

    @Autowired
    AppUserDetailsService users;

    @Test
    void eachSectionIsAPlainPageWithItsMinutesTheTotalAndLinksToTheNextAndPrevious() throws Exception {
        Group group = TrainingFixtures.group(accounts, cohorts);
        long id = TrainingFixtures.scheduleSeed(sessions, TrainingFixtures.user(users, group.tutor()), group);
        MockHttpSession tutor = SignIn.as(mvc, group.tutor().email());

        mvc.perform(get("/tutor/sessions/" + id + "/facilitate").session(tutor))
                .andExpect(redirectedUrl("/tutor/sessions/" + id + "/facilitate/1"));
        for (int n = 1; n <= 5; n++) {
            Document page = Pages.get200(mvc, "/tutor/sessions/" + id + "/facilitate/" + n, tutor);
            assertThat(page.select("h1 > span").first().text()).isEqualTo(TrainingFixtures.SEED_HEADINGS.get(n - 1));
            assertThat(page.select(".govuk-caption-l").first().text()).isEqualTo("Section " + n + " of 5");
            assertThat(page.select(".app-session-timer--whole").attr("data-minutes"))
                    .isEqualTo("60");
            assertThat(page.select(".app-session-timer:not(.app-session-timer--whole)")
                            .attr("data-minutes"))
                    .isEqualTo(String.valueOf(TrainingFixtures.SEED_MINUTES.get(n - 1)));
            assertThat(page.select("a[rel=prev]").attr("href"))
                    .isEqualTo(n == 1 ? "" : "/tutor/sessions/" + id + "/facilitate/" + (n - 1));
            assertThat(page.select("a[rel=next]").attr("href"))
                    .isEqualTo(n == 5 ? "" : "/tutor/sessions/" + id + "/facilitate/" + (n + 1));
            assertThat(page.select("header, footer")).isEmpty();
        }
        mvc.perform(get("/tutor/sessions/" + id + "/facilitate/6").session(tutor))
                .andExpect(status().isNotFound());
        mvc.perform(get("/tutor/sessions/" + id + "/facilitate/0").session(tutor))
                .andExpect(status().isNotFound());
    }

    @Test
    void notesAreSavedByTheFormAndByAutosaveAndAStaleVersionIsRefused() throws Exception {
        Group group = TrainingFixtures.group(accounts, cohorts);
        long id = TrainingFixtures.scheduleSeed(sessions, TrainingFixtures.user(users, group.tutor()), group);
        MockHttpSession tutor = SignIn.as(mvc, group.tutor().email());
        String section2 = "/tutor/sessions/" + id + "/facilitate/2";

        mvc.perform(post(section2)
                        .with(csrf())
                        .session(tutor)
                        .param("version", "0")
                        .param("notes", "Two groups shared calls home"))
                .andExpect(redirectedUrl("/tutor/sessions/" + id + "/facilitate/3"));
        Document page = Pages.get200(mvc, section2, tutor);
        assertThat(page.select("#notes").text()).isEqualTo("Two groups shared calls home");
        String version = page.select("input[name=version]").val();

        String saved = mvc.perform(post(section2)
                        .with(csrf())
                        .session(tutor)
                        .header("X-Autosave", "true")
                        .param("version", version)
                        .param("notes", "Two groups shared calls home; one a parents' evening"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(saved).isEqualTo("{\"version\":" + (Long.parseLong(version) + 1) + "}");

        mvc.perform(post(section2)
                        .with(csrf())
                        .session(tutor)
                        .header("X-Autosave", "true")
                        .param("version", version)
                        .param("notes", "from an old tab"))
                .andExpect(status().isConflict());
        Document stale = postAndRead(section2, tutor, version, "from an old tab, by the button");
        assertThat(stale.select(".govuk-error-summary").text()).contains("changed in another tab or window");
        assertThat(stale.select("#notes").text()).isEqualTo("from an old tab, by the button");

        assertThat(Pages.get200(mvc, section2, tutor).select("#notes").text())
                .isEqualTo("Two groups shared calls home; one a parents' evening");
        mvc.perform(post("/tutor/sessions/" + id + "/facilitate/5")
                        .with(csrf())
                        .session(tutor)
                        .param("version", "0")
                        .param("notes", "Actions shared"))
                .andExpect(redirectedUrl("/tutor/sessions/" + id));

        Group other = TrainingFixtures.group(accounts, cohorts);
        mvc.perform(post(section2)
                        .with(csrf())
                        .session(SignIn.as(mvc, other.tutor().email()))
                        .param("version", "1")
                        .param("notes", "not mine"))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePlansPdfHasEverySectionHeadingWithItsMinutes() throws Exception {
        Group group = TrainingFixtures.group(accounts, cohorts);
        long id = TrainingFixtures.scheduleSeed(sessions, TrainingFixtures.user(users, group.tutor()), group);

        var response = mvc.perform(get("/tutor/sessions/" + id + "/plan.pdf")
                        .session(SignIn.as(mvc, group.tutor().email())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();

        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment");
        String text;
        try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        for (int i = 0; i < TrainingFixtures.SEED_HEADINGS.size(); i++) {
            String heading = TrainingFixtures.SEED_HEADINGS.get(i);
            int minutes = TrainingFixtures.SEED_MINUTES.get(i);
            assertThat(text).contains(heading + " (" + minutes + " minutes)");
            assertThat(text).contains(heading + " " + minutes + " ");
        }
        assertThat(text).contains("Total 60", group.cohortName(), "communication policy");
    }

    @Test
    void theTutorsSessionListCostsTheSameQueriesHoweverManySessions() throws Exception {
        Group group = TrainingFixtures.group(accounts, cohorts);
        SignedInUser tutorUser = TrainingFixtures.user(users, group.tutor());
        MockHttpSession tutor = SignIn.as(mvc, group.tutor().email());
        TrainingFixtures.scheduleSeed(sessions, tutorUser, group);
        int one = statements("/tutor/sessions", tutor);

        Group second = TrainingFixtures.group(accounts, cohorts);
        cohorts.addTutor(group.tutor().id(), second.cohortId());
        for (int i = 0; i < 6; i++) {
            long id = TrainingFixtures.scheduleSeed(sessions, tutorUser, i % 2 == 0 ? group : second);
            if (i == 3) {
                sessions.cancel(tutorUser, id, 0, "to see a cancelled one listed");
            }
        }
        int seven = statements("/tutor/sessions", tutor);

        assertThat(Pages.get200(mvc, "/tutor/sessions", tutor).select(".app-sessions tbody tr"))
                .hasSize(7);
        assertThat(seven).isEqualTo(one);
    }

    private int statements(String path, MockHttpSession session) throws Exception {
        mvc.perform(get(path).session(session)).andExpect(status().isOk());
        QueryCounter.reset();
        mvc.perform(get(path).session(session)).andExpect(status().isOk());
        return QueryCounter.count();
    }

    /** A notes form posted with its button, answered as a page (an error) rather than a redirect. */
    private Document postAndRead(String path, MockHttpSession session, String version, String notes) throws Exception {
        return org.jsoup.Jsoup.parse(mvc.perform(post(path)
                        .with(csrf())
                        .session(session)
                        .param("version", version)
                        .param("notes", notes))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
