package uk.ectinduction.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.SignIn;

@IntegrationTest
class CohortAdminControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCohortWithItsCalendarIsSavedAndShowsItsWeek() throws Exception {
        MockHttpSession admin = SignIn.as(mvc, "admin@example.com");

        String location = mvc.perform(post("/admin/cohorts")
                        .session(admin)
                        .with(csrf())
                        .param("name", "West 2026")
                        .param("programmeSlug", "northfield-teaching-partnership")
                        .param("startDay", "7")
                        .param("startMonth", "9")
                        .param("startYear", "2026")
                        .param("terms", "Autumn term: 3/9/2026 to 18/12/2026\nSpring term: 5/1/2027 to 26/3/2027")
                        .param("holidays", "October half-term: 26/10/2026 to 30/10/2026"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        mvc.perform(get(location).session(admin))
                .andExpect(content().string(containsString("Autumn term: 3/9/2026 to 18/12/2026")))
                .andExpect(content().string(containsString("October half-term: 26/10/2026 to 30/10/2026")));
        assertThat(jdbc.sql("select count(*) from cohort_term t join cohort c on c.id = t.cohort_id "
                                + "where c.name = 'West 2026'")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void badDatesComeBackWithWhatWasTyped() throws Exception {
        MockHttpSession admin = SignIn.as(mvc, "admin@example.com");

        mvc.perform(post("/admin/cohorts")
                        .session(admin)
                        .with(csrf())
                        .param("name", "East 2026")
                        .param("programmeSlug", "northfield-teaching-partnership")
                        .param("startDay", "31")
                        .param("startMonth", "2")
                        .param("startYear", "2026")
                        .param("terms", "Autumn: sometime in September"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Start date must be a real date")))
                .andExpect(content().string(containsString("Line 1 must look like")))
                .andExpect(content().string(containsString("Autumn: sometime in September")))
                .andExpect(content().string(containsString("value=\"31\"")));
        assertThat(jdbc.sql("select count(*) from cohort where name = 'East 2026'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aProgrammeThatHasNotBeenImportedIsRefused() throws Exception {
        MockHttpSession admin = SignIn.as(mvc, "admin@example.com");

        mvc.perform(post("/admin/cohorts")
                        .session(admin)
                        .with(csrf())
                        .param("name", "South 2026")
                        .param("programmeSlug", "no-such-programme")
                        .param("startDay", "7")
                        .param("startMonth", "9")
                        .param("startYear", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a programme that has been imported")))
                .andExpect(content().string(containsString("no-such-programme (not imported)")));
    }

    @Test
    void onlyAdminsManageCohorts() throws Exception {
        mvc.perform(get("/admin/cohorts").session(SignIn.as(mvc, "tutor@example.com")))
                .andExpect(status().isForbidden());
    }
}
