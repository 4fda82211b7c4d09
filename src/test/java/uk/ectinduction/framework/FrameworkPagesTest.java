package uk.ectinduction.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.ectinduction.support.IntegrationTest;

@IntegrationTest
class FrameworkPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    static RequestPostProcessor ect() {
        return user("ect@example.com").roles("ECT");
    }

    @Test
    void theFrameworkPageListsEveryStandardWithItsStatementsUnderTheirStems() throws Exception {
        String html = mvc.perform(get("/framework").with(ect()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains(
                        "Standard 1: Set high expectations which inspire, motivate and challenge pupils",
                        "Standard 8: Fulfil wider professional responsibilities",
                        "Learn that",
                        "Learn how to",
                        "Build effective working relationships, by:",
                        "href=\"/framework/statements/8h\"",
                        "href=\"/framework/statements/3.10\"",
                        "Stem not established:",
                        "pupils’ attainment");
        for (int standard = 1; standard <= 8; standard++) {
            assertThat(html).contains("id=\"standard-" + standard + "\"");
        }
        assertThat(html.split("href=\"/framework/statements/", -1)).hasSize(182);
        assertThat(html.indexOf(">3.9<")).isLessThan(html.indexOf(">3.10<"));
        assertThat(html.indexOf(">3.10<")).isLessThan(html.indexOf(">3a<"));
    }

    @Test
    void aStatementPageShowsTheStatementItsStandardAndStem() throws Exception {
        mvc.perform(get("/framework/statements/8h")
                        .with(user("mentor@example.com").roles("MENTOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Statement 8h")))
                .andExpect(content().string(containsString("Fulfil wider professional responsibilities")))
                .andExpect(content().string(containsString("Build effective working relationships, by:")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Communicating with parents and carers proactively and making effective use of parents’ evenings")))
                .andExpect(content().string(containsString("govuk-breadcrumbs")))
                .andExpect(content().string(containsString("href=\"/framework#standard-8\"")))
                .andExpect(content().string(containsString("Taught in")));
        // Whether pages teach 8h depends on the content other tests of this run (sharing one database) imported.
    }

    @Test
    void aLearnThatStatementHasNoStemRow() throws Exception {
        mvc.perform(get("/framework/statements/8.4").with(ect()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Learn that")))
                .andExpect(content().string(not(containsString(">Stem<"))));
    }

    @Test
    void aCodeInCapitalsFindsTheStatement() throws Exception {
        mvc.perform(get("/framework/statements/1D").with(ect()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Statement 1d")));
    }

    @Test
    void anUnknownStatementIsNotFound() throws Exception {
        mvc.perform(get("/framework/statements/99z").with(ect()).accept("text/html"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theFrameworkIsOnlyForPeopleSignedIn() throws Exception {
        mvc.perform(get("/framework")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/framework/statements/8h"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void eachPageTakesAFixedSmallNumberOfQueries() throws Exception {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            // The framework is read in two queries by the first view (none if another test viewed it first) and kept:
            // only migrations write it.
            statistics.clear();
            mvc.perform(get("/framework").with(ect())).andExpect(status().isOk());
            assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(2);
            statistics.clear();
            mvc.perform(get("/framework").with(ect())).andExpect(status().isOk());
            assertThat(statistics.getPrepareStatementCount()).isZero();

            statistics.clear();
            mvc.perform(get("/framework/statements/8h").with(ect())).andExpect(status().isOk());
            assertThat(statistics.getPrepareStatementCount()).isEqualTo(2);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
