package uk.ectinduction.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ectinduction.content.Audience;
import uk.ectinduction.content.PageKind;
import uk.ectinduction.content.PageView;
import uk.ectinduction.content.PageView.Activity;
import uk.ectinduction.content.PageView.Agenda;
import uk.ectinduction.content.PageView.SectionView;
import uk.ectinduction.training.SessionPlan;

/** The plan read from a page's structure: a 90-minute session, an untimed one, and what is left out of both. */
class PlanReaderTest {

    static SectionView section(int n, String kind, String heading, Integer minutes, String html) {
        return new SectionView("section-" + n, heading, 3, kind, minutes, html);
    }

    static PageView page(List<SectionView> sections, Integer statedMinutes) {
        List<Activity> activities = new ArrayList<>();
        int total = 0;
        for (SectionView s : sections) {
            if ("ACTIVITY".equals(s.kind()) && s.minutes() != null) {
                activities.add(new Activity(s.heading().replaceAll("\\s*\\(.*\\)$", ""), s.minutes(), s.anchor()));
                total += s.minutes();
            }
        }
        Agenda agenda =
                activities.isEmpty() && statedMinutes == null ? null : new Agenda(activities, total, statedMinutes);
        return new PageView(
                "/programmes/p/m/autumn-training-session-1",
                PageKind.PART,
                Audience.INDUCTION_TUTOR,
                "Autumn training session 1",
                "Induction tutor materials",
                null,
                1,
                List.of(),
                sections,
                agenda,
                null,
                null,
                List.of(),
                List.of());
    }

    @Test
    void aNinetyMinuteSessionStartsAtItsFirstTimedSectionAndCountsAgainstItsStatedTotal() {
        SessionPlan plan = PlanReader.plan(page(
                List.of(
                        section(
                                1,
                                "SECTION",
                                "Training session - awkward formatting",
                                null,
                                "<p>Duration: 90 minutes</p>"),
                        section(2, "LEARNING_INTENTIONS", "Learn that:", null, "<ul><li>8.4 …</li></ul>"),
                        section(3, "PREPARATION", "How to prepare for the session", null, "<p>Bring the policy.</p>"),
                        section(4, "ACTIVITY", "Opening discussion (10 minutes)", 10, "<p>Ask ECTs.</p>"),
                        section(5, "SECTION", "Examples", null, "<p>Some examples.</p>"),
                        section(6, "SECTION", "Session structure:", null, ""),
                        section(7, "ACTIVITY", "Main activity - 70 mins", 70, "<p>Groups.</p>"),
                        section(8, "ACTIVITY", "Planning for action (10 minutes)", 10, "<p>Two or three.</p>")),
                90));

        assertThat(plan.sections())
                .extracting(SessionPlan.Section::heading, SessionPlan.Section::minutes)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Opening discussion", 10),
                        org.assertj.core.groups.Tuple.tuple("Examples", null),
                        org.assertj.core.groups.Tuple.tuple("Main activity - 70 mins", 70),
                        org.assertj.core.groups.Tuple.tuple("Planning for action", 10));
        assertThat(plan.sections()).extracting(SessionPlan.Section::number).containsExactly(1, 2, 3, 4);
        assertThat(plan.totalMinutes()).isEqualTo(90);
        assertThat(plan.timedMinutes()).isEqualTo(90);
        assertThat(plan.disagrees()).isFalse();
        assertThat(plan.preparation()).containsExactly("<p>Bring the policy.</p>");
    }

    @Test
    void anUntimedSessionRunsEverySectionButTheObjectivesAndPreparationWithNoTotal() {
        SessionPlan plan = PlanReader.plan(page(
                List.of(
                        section(1, "LEARNING_INTENTIONS", "Learn how to:", null, "<ul><li>8h …</li></ul>"),
                        section(2, "PREPARATION", "Preparation", null, "<p>Read ahead.</p>"),
                        section(3, "SECTION", "Welcome", null, "<p>Hello.</p>"),
                        section(4, "SECTION", "Discussion", null, "<p>Talk.</p>"),
                        section(5, "PLANNING_FOR_ACTION", "Planning for action", null, "<p>Actions.</p>")),
                null));

        assertThat(plan.sections())
                .extracting(SessionPlan.Section::heading)
                .containsExactly("Welcome", "Discussion", "Planning for action");
        assertThat(plan.sections()).noneMatch(SessionPlan.Section::timed);
        assertThat(plan.totalMinutes()).isNull();
        assertThat(plan.disagrees()).isFalse();
    }

    @Test
    void timingsThatDoNotAddUpToTheStatedDurationAreFlagged() {
        SessionPlan plan = PlanReader.plan(page(
                List.of(
                        section(1, "ACTIVITY", "Opening (10 minutes)", 10, "<p>a</p>"),
                        section(2, "ACTIVITY", "Main (60 minutes)", 60, "<p>b</p>")),
                90));

        assertThat(plan.timedMinutes()).isEqualTo(70);
        assertThat(plan.totalMinutes()).isEqualTo(90);
        assertThat(plan.disagrees()).isTrue();
    }
}
