package uk.ectinduction.content.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.ectinduction.content.Audience;
import uk.ectinduction.content.internal.ParsedPage.Section;
import uk.ectinduction.content.internal.ParsedPage.SectionKind;

/** Cutting plain Markdown into sections, without Spring. */
class PageSectionsTest {

    final LearningIntentionReader intentions = new LearningIntentionReader(text -> Optional.empty());

    PageSections read(String body, boolean modulePage) {
        return PageSections.read(MarkdownText.parse(body), body, modulePage, intentions);
    }

    @Test
    void headingsAndTimedLinesStartSectionsOfTheKindTheySay() {
        PageSections sections = read("""
                Duration: 60 minutes

                ## Learning intentions

                Learn that:

                - 1.1 Every pupil can progress.

                ## Opening (10 minutes)

                Say hello.

                Review: 5 mins

                Look back.

                ## Preparation

                Read ahead.

                ## Planning for action

                Agree the next step.

                ## Anything else

                Closing words.
                """, false);
        assertThat(sections.statedMinutes()).isEqualTo(60);
        assertThat(sections.sections())
                .extracting(Section::kind, Section::heading, Section::name, Section::minutes)
                .containsExactly(
                        tuple(SectionKind.SECTION, null, null, null),
                        tuple(SectionKind.LEARNING_INTENTIONS, "Learning intentions", null, null),
                        tuple(SectionKind.ACTIVITY, "Opening (10 minutes)", "Opening", 10),
                        tuple(SectionKind.ACTIVITY, "Review: 5 mins", "Review", 5),
                        tuple(SectionKind.PREPARATION, "Preparation", null, null),
                        tuple(SectionKind.PLANNING_FOR_ACTION, "Planning for action", null, null),
                        tuple(SectionKind.SECTION, "Anything else", null, null));
        assertThat(intentions.intentions())
                .singleElement()
                .extracting(ParsedPage.Intention::sectionPosition)
                .isEqualTo(1);
    }

    @Test
    void everyBlockLandsInOneSectionWithItsMarkdownSliceAndSafeHtml() {
        String body = "# Title\n\nFirst words.\n\n## Opening - 15 mins\n\nDo this <script>alert(1)</script>.\n\n"
                + "- one\n- two\n";
        PageSections sections = read(body, false);
        assertThat(sections.sections())
                .extracting(Section::markdown)
                .containsExactly("First words.", "Do this <script>alert(1)</script>.\n\n- one\n- two");
        Section opening = sections.sections().get(1);
        assertThat(opening.minutes()).isEqualTo(15);
        assertThat(opening.html()).contains("govuk-list--bullet").doesNotContain("<script");
    }

    @Test
    void headingLevelsThatJumpAreEvenedOutAndTheTitleHeadingIsShownAsLevelTwo() {
        PageSections sections = read("# Title\n\n#### Deep\n\ntext\n\n###### Deeper\n\nmore\n", false);
        assertThat(sections.sections()).extracting(Section::headingLevel).containsExactly(2, 3, 4);
    }

    @Test
    void aModulePageNumbersItsWeeksAndTagsItsAudienceSections() {
        String body = """
                Welcome.

                ## Module introduction

                ### ECTs

                Read first.

                ## Week 1: awkward formatting

                ### Mentors

                Plan: 5 mins

                [Mentor materials](/p/m/week-1-mentor-materials)

                ### Induction tutor

                Run the session.
                """;
        PageSections sections = read(body, true);
        assertThat(sections.statedMinutes()).isNull();
        assertThat(sections.sections())
                .extracting(Section::heading, Section::weekNumber, Section::audience, Section::kind)
                .containsExactly(
                        tuple(null, null, null, SectionKind.SECTION),
                        tuple("Module introduction", 0, null, SectionKind.SECTION),
                        tuple("ECTs", 0, Audience.ECT, SectionKind.SECTION),
                        tuple("Week 1: awkward formatting", 1, null, SectionKind.SECTION),
                        tuple("Mentors", 1, Audience.MENTOR, SectionKind.SECTION),
                        tuple("Induction tutor", 1, Audience.INDUCTION_TUTOR, SectionKind.SECTION));
        int linkLine = 14;
        assertThat(body.split("\n")[linkLine]).startsWith("[Mentor materials]");
        assertThat(sections.sectionOfLine(linkLine)).isEqualTo(4);
        assertThat(sections.weekOfLine(linkLine)).isEqualTo(1);
        assertThat(sections.weekOfLine(0)).isNull();
    }

    @Test
    void timedLinesInsideLearningIntentionsAreNotActivities() {
        PageSections sections = read("## Learning intentions\n\nFocus: 5 mins\n\n## Next\n\nRecap: 5 mins\n", false);
        assertThat(sections.sections())
                .extracting(Section::kind)
                .containsExactly(SectionKind.LEARNING_INTENTIONS, SectionKind.SECTION, SectionKind.ACTIVITY);
    }

    @Test
    void headingsAtEveryLevelAreTimedInEveryForm() {
        PageSections sections = read("""
                # Opening (10 minutes)

                Hello.

                ## Pairs 10 mins

                ##### Groups – 15 minutes

                ###### Feedback — 5 mins

                ### Recap - 5 minute

                #### Plenary [5 mins]:

                ## Reading
                """, false);
        assertThat(sections.sections())
                .extracting(Section::kind, Section::name, Section::minutes)
                .containsExactly(
                        tuple(SectionKind.ACTIVITY, "Opening", 10),
                        tuple(SectionKind.ACTIVITY, "Pairs", 10),
                        tuple(SectionKind.ACTIVITY, "Groups", 15),
                        tuple(SectionKind.ACTIVITY, "Feedback", 5),
                        tuple(SectionKind.ACTIVITY, "Recap", 5),
                        tuple(SectionKind.ACTIVITY, "Plenary", 5),
                        tuple(SectionKind.SECTION, null, null));
    }

    @Test
    void aHeadingThatIsOnlyATimeTimesTheHeadingAboveIt() {
        PageSections sections = read("## Opening discussion\n\n### (10 minutes)\n\nTalk.\n", false);
        assertThat(sections.sections())
                .extracting(Section::kind, Section::name, Section::minutes)
                .containsExactly(
                        tuple(SectionKind.SECTION, null, null), tuple(SectionKind.ACTIVITY, "Opening discussion", 10));
    }

    @Test
    void underAStructureHeadingWithOrWithoutAColonShortLinesInEveryFormAreActivities() {
        for (String structure :
                new String[] {"### Session structure:", "### Session structure", "Session structure:"}) {
            PageSections sections = read("## Running the session\n\n" + structure + """


                    Welcome (10 minutes)

                    Say hello.

                    Discussion – 15 mins

                    Share the examples. Then discuss them (5 minutes)

                    Planning for action 5 mins

                    ## Reading

                    Read more (10 minutes)
                    """, false);
            assertThat(sections.sections())
                    .as(structure)
                    .filteredOn(s -> s.kind() == SectionKind.ACTIVITY)
                    .extracting(Section::name, Section::minutes, Section::markdown)
                    .containsExactly(
                            tuple("Welcome", 10, "Say hello."),
                            tuple("Discussion", 15, "Share the examples. Then discuss them (5 minutes)"),
                            tuple("Planning for action", 5, ""));
            assertThat(sections.sections().get(sections.sections().size() - 1).markdown())
                    .as("the structure ends at the next heading of its level")
                    .isEqualTo("Read more (10 minutes)");
        }
    }

    @Test
    void withoutAStructureHeadingOnlyTheColonFormMakesALineAnActivity() {
        PageSections sections = read("## Notes\n\nWelcome (10 minutes)\n\nReview: 5 mins\n", false);
        assertThat(sections.sections())
                .extracting(Section::kind, Section::name)
                .containsExactly(tuple(SectionKind.SECTION, null), tuple(SectionKind.ACTIVITY, "Review"));
    }
}
