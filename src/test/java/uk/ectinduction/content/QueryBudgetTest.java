package uk.ectinduction.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.QueryCounter;
import uk.ectinduction.support.SignIn;

/** Each content page renders in a fixed, small number of SQL statements, however large its module. */
@IntegrationTest
class QueryBudgetTest {

    static final int BUDGET = 6;
    /**
     * What every signed-in request costs besides its page, the same on every page: reading its session from
     * PostgreSQL, checking that no account change has ended it, and recording its last access.
     */
    static final int SESSION = 3;

    @Autowired
    ContentImporter importer;

    @Autowired
    MockMvc mvc;

    int statementsFor(String path, MockHttpSession session) throws Exception {
        QueryCounter.reset();
        mvc.perform(get(path).session(session)).andExpect(status().isOk());
        return QueryCounter.count();
    }

    @Test
    void contentPagesTakeTheSameFewStatementsInASmallAndALargeModule() throws Exception {
        importer.importContent(SyntheticTree.request("budget-provider", 1, 2), ImportProgress.NONE);
        importer.importContent(SyntheticTree.request("budget-provider", 2, 30), ImportProgress.NONE);
        MockHttpSession admin = SignIn.as(mvc, "admin@example.com");

        List<Integer> small = new ArrayList<>();
        List<Integer> large = new ArrayList<>();
        for (String page : List.of(
                "",
                "/year-1-module-1",
                "/year-1-module-1/autumn-week-1-mentor-materials",
                "/year-1-module-1/autumn-week-2-induction-tutor-materials",
                "/year-1-module-1/autumn-week-1-ect-instructions")) {
            small.add(statementsFor("/programmes/budget-provider" + page, admin));
            large.add(statementsFor("/programmes/budget-provider" + page.replace("module-1", "module-2"), admin));
        }
        assertThat(small).allSatisfy(count -> assertThat(count).isBetween(SESSION + 1, SESSION + BUDGET));
        assertThat(large.subList(1, large.size())).isEqualTo(small.subList(1, small.size()));
        assertThat(large).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(SESSION + BUDGET));
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
