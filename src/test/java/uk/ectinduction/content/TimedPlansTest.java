package uk.ectinduction.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.ectinduction.people.Role;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.support.Pages;
import uk.ectinduction.support.SignIn;

/** Each way a lead provider times its sections, imported from a fixture page and shown as the page's agenda. */
@IntegrationTest
class TimedPlansTest {

    static final String MODULE = "/programmes/timing-provider/year-1-timings/";

    @Autowired
    ContentImporter importer;

    @Autowired
    ContentPages pages;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void importTimings() {
        ContentFixtures.importFixture(importer, "timings");
    }

    Element agenda(String page, String email) throws Exception {
        Element agenda = Pages.get200(mvc, MODULE + page, SignIn.as(mvc, email)).selectFirst("main .app-agenda");
        assertThat(agenda).as("%s shows its agenda", page).isNotNull();
        return agenda;
    }

    void assertAgenda(Element agenda, List<String> names, List<String> minutes, String total) {
        assertThat(agenda.select(".app-agenda__activity a").eachText()).containsExactlyElementsOf(names);
        assertThat(agenda.select(".app-agenda__minutes").eachText()).containsExactlyElementsOf(minutes);
        assertThat(agenda.select(".app-agenda__total").text()).isEqualTo(total);
    }

    @Test
    void timesInBracketsIncludingASingularMinute() throws Exception {
        Element agenda = agenda("autumn-week-1-induction-tutor-materials", "tutor@example.com");
        assertAgenda(
                agenda,
                List.of(
                        "Welcome and objectives",
                        "Agree or disagree",
                        "Case study",
                        "Applying it to your school",
                        "Planning for action"),
                List.of("10", "15", "15", "15", "5"),
                "60");
        assertThat(agenda.select(".app-agenda__mismatch")).isEmpty();
    }

    @Test
    void minutesWrittenShortWithAndWithoutBracketsAndAWarningWhenTheyDoNotAddUp() throws Exception {
        Element agenda = agenda("autumn-week-2-mentor-materials", "mentor@example.com");
        assertAgenda(
                agenda,
                List.of("Review", "Plan", "Theory to practice", "Next steps"),
                List.of("5", "10", "30", "5"),
                "60");
        assertThat(agenda.select(".app-agenda__mismatch").text())
                .isEqualTo("The activities add up to 50 minutes, but the page states 60 minutes.");
    }

    @Test
    void timesAfterAnEnDashAnEmDashOrAHyphen() throws Exception {
        Element agenda = agenda("autumn-week-3-induction-tutor-materials", "tutor@example.com");
        assertAgenda(
                agenda,
                List.of("Opening discussion", "Main activity", "Planning for action"),
                List.of("20", "60", "10"),
                "90");
        assertThat(agenda.select(".app-agenda__mismatch")).isEmpty();
    }

    @Test
    void timesAtEveryHeadingLevel() throws Exception {
        assertAgenda(
                agenda("autumn-week-4-mentor-materials", "mentor@example.com"),
                List.of("Review", "Plan", "Theory to practice", "Next steps"),
                List.of("5", "10", "40", "5"),
                "60");
    }

    @Test
    void timedLinesUnderAStructureHeadingWithAColon() throws Exception {
        assertAgenda(
                agenda("autumn-week-5-mentor-materials", "mentor@example.com"),
                List.of("Review", "Plan", "Theory to practice", "Next steps"),
                List.of("5", "10", "35", "10"),
                "60");
    }

    @Test
    void timedLinesUnderAStructureHeadingWithoutAColon() throws Exception {
        Element agenda = agenda("autumn-week-6-induction-tutor-materials", "tutor@example.com");
        assertAgenda(
                agenda,
                List.of("Welcome", "Statements activity", "Case study", "Planning for action"),
                List.of("10", "20", "25", "5"),
                "60");
        assertThat(agenda.select(".app-agenda__mismatch")).isEmpty();
    }

    @Test
    void theAgendaLinksEachActivityToItsSectionWhichCarriesItsMinutes() {
        PageView page = pages.page(
                        MODULE.substring(0, MODULE.length() - 1) + "/autumn-week-5-mentor-materials",
                        Set.of(Role.MENTOR))
                .orElseThrow();
        for (PageView.Activity activity : page.agenda().activities()) {
            PageView.SectionView section = page.sections().stream()
                    .filter(s -> s.anchor().equals(activity.anchor()))
                    .findFirst()
                    .orElseThrow();
            assertThat(section.kind()).isEqualTo("ACTIVITY");
            assertThat(section.minutes()).isEqualTo(activity.minutes());
        }
        assertThat(page.sections())
                .filteredOn(s -> "Further reading".equals(s.heading()))
                .singleElement()
                .satisfies(s -> assertThat(s.html()).contains("40 pages (30 minutes)"));
    }
}
