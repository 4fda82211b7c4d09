package uk.ectinduction.framework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import uk.ectinduction.framework.Statement;
import uk.ectinduction.framework.StatementKind;
import uk.ectinduction.framework.TeachingPages;
import uk.ectinduction.framework.TeachingPages.TeachingPage;
import uk.ectinduction.framework.web.FrameworkCatalogue.StemGroup;
import uk.ectinduction.people.Role;

class FrameworkCatalogueTest {

    @Test
    void taughtInGathersEveryContentSourcesPagesForTheViewersRoles() {
        TeachingPage week1 = new TeachingPage("Week 1", "/content/week-1", "Year 1 · Week 1 · Mentor materials");
        TeachingPage week2 = new TeachingPage("Week 2", "/content/week-2", "Year 1 · Week 2 · ECT materials");
        TeachingPages mentorOnly =
                (code, roles) -> roles.contains(Role.MENTOR) && code.equals("8h") ? List.of(week1) : List.of();
        TeachingPages everyone = (code, roles) -> code.equals("8h") ? List.of(week2, week1) : List.of();
        FrameworkCatalogue catalogue = new FrameworkCatalogue(null, null, null, List.of(mentorOnly, everyone));

        assertThat(catalogue.taughtIn("8h", EnumSet.of(Role.MENTOR))).containsExactly(week1, week2);
        assertThat(catalogue.taughtIn("8h", EnumSet.of(Role.ECT))).containsExactly(week2, week1);
        assertThat(catalogue.taughtIn("8.4", EnumSet.of(Role.MENTOR))).isEmpty();
    }

    @Test
    void withNoContentSourcesNothingIsTaught() {
        FrameworkCatalogue catalogue = new FrameworkCatalogue(null, null, null, List.of());

        assertThat(catalogue.taughtIn("8h", Set.of())).isEmpty();
    }

    @Test
    void learnHowToStatementsAreGroupedUnderConsecutiveStems() {
        Statement a = how("4a", "Plan effective lessons, by:");
        Statement d = how("4d", "Plan effective lessons, by:");
        Statement e = how("4e", null);
        Statement f = how("4f", "Make good use of expositions, by:");

        List<StemGroup> groups = FrameworkCatalogue.groupByStem(List.of(a, d, e, f));

        assertThat(groups)
                .containsExactly(
                        new StemGroup("Plan effective lessons, by:", List.of(a, d)),
                        new StemGroup(null, List.of(e)),
                        new StemGroup("Make good use of expositions, by:", List.of(f)));
        assertThat(FrameworkCatalogue.groupByStem(List.of())).isEmpty();
    }

    @Test
    void theViewersRolesComeFromTheirAuthorities() {
        var authentication =
                new TestingAuthenticationToken("someone", "x", "ROLE_MENTOR", "ROLE_ECT", "SOMETHING_ELSE");

        assertThat(FrameworkController.roles(authentication)).containsExactlyInAnyOrder(Role.MENTOR, Role.ECT);
        assertThat(FrameworkController.roles(null)).isEmpty();
    }

    private static Statement how(String code, String stem) {
        return new Statement(code, 4, StatementKind.LEARN_HOW_TO, stem, "Text of " + code + ".");
    }
}
