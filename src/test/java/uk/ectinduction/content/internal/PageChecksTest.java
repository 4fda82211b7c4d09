package uk.ectinduction.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.ectinduction.content.ImportReport.Problem;

class PageChecksTest {

    private static final String PATH = "edt/year-1-x/summer-week-1-mentor-materials.md";

    private static ParsedPage parse(String source) {
        return PageParser.parse(PATH, source, false, text -> Optional.empty());
    }

    @Test
    void aPageThatIsRightHasNothingToSay() {
        ParsedPage page = parse("---\ntitle: Week 1\n---\n\n## Meeting\n\nDuration: 10 minutes\n\n"
                + "### Learning intentions\n\nYour ECT will learn that:\n\n- 8.4 Reflective practice helps.\n\n"
                + "Review: 5 mins\n\nPlan: 5 mins\n\n[Week 2](/edt/year-1-x/summer-week-2-mentor-materials)\n");
        assertThat(PageChecks.check(
                        "page", page, Set.of("/programmes/edt/year-1-x/summer-week-2-mentor-materials"), Set.of("8.4")))
                .isEmpty();
    }

    @Test
    void eachCheckSaysWhatIsWrongAndWhere() {
        ParsedPage page = parse("---\ntitle: Week 1\n---\n\n## Meeting\n\nDuration: 20 minutes\n\n"
                + "### Learning intentions\n\nYour ECT will learn that:\n\n- 9.9 Nothing in the framework.\n\n"
                + "##### Too deep\n\nReview: 5 mins\n\nPlan: 5 mins\n\n[Gone](/edt/nowhere)\n");
        assertThat(PageChecks.check("page", page, Set.of(), Set.of()))
                .extracting(Problem::toString)
                .containsExactly(
                        "page:21: warning: broken link: no page or file at /programmes/edt/nowhere",
                        "page: warning: the activities add up to 10 minutes, but the page states 20 minutes",
                        "page: warning: learning intention 9.9 matches no statement of the framework: "
                                + "Nothing in the framework.",
                        "page:15: warning: the heading \"Too deep\" is level 5 after level 3: a heading level is skipped");
    }
}
