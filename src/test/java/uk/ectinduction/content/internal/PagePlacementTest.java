package uk.ectinduction.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ectinduction.content.Audience;
import uk.ectinduction.content.PageKind;

/** Where a page belongs, from paths like the providers', without Spring. */
class PagePlacementTest {

    @Test
    void aPartOfAModuleIsPlacedByItsPathAndFileName() {
        PagePlacement place = PagePlacement.of(
                "education-development-trust/year-1-a-people-profession/summer-week-4-mentor-materials.md");
        assertThat(place)
                .isEqualTo(new PagePlacement(
                        PageKind.PART,
                        "education-development-trust",
                        "year-1-a-people-profession",
                        "summer-week-4-mentor-materials"));
        assertThat(place.moduleKey()).isEqualTo("education-development-trust/year-1-a-people-profession");
        assertThat(place.weekFromName()).isEqualTo(4);
        assertThat(place.termFromName()).isEqualTo("SUMMER");
        assertThat(place.yearFromModuleSlug()).isEqualTo(1);
        Audience audience = place.audience(Map.of());
        assertThat(audience).isEqualTo(Audience.MENTOR);
        assertThat(place.partKind(audience)).isEqualTo("MENTOR_MATERIALS");
    }

    @Test
    void programmeAndModulePagesAreForEveryoneAndHaveNoPartKind() {
        PagePlacement programme = PagePlacement.of("education-development-trust.md");
        assertThat(programme.isProgramme()).isTrue();
        assertThat(programme.programmeSlug()).isEqualTo("education-development-trust");
        assertThat(programme.moduleKey()).isNull();
        assertThat(programme.audience(Map.of("audience", "mentor"))).isEqualTo(Audience.ALL);

        PagePlacement module = PagePlacement.of("education-development-trust/year-1-a-people-profession.md");
        assertThat(module.isModule()).isTrue();
        assertThat(module.moduleSlug()).isEqualTo("year-1-a-people-profession");
        assertThat(module.partKind(Audience.ALL)).isNull();
    }

    @Test
    void introductionsAreWeekZeroAndTrainingSessionsAreForInductionTutors() {
        PagePlacement intro = PagePlacement.of("edt/year-1-x/intro-ect-instructions.md");
        assertThat(intro.weekFromName()).isEqualTo(0);
        assertThat(intro.termFromName()).isNull();
        assertThat(intro.partKind(intro.audience(Map.of()))).isEqualTo("INTRO");

        PagePlacement session = PagePlacement.of("quirk-provider/year-1-quirks/autumn-training-session-1.md");
        assertThat(session.weekFromName()).isEqualTo(1);
        assertThat(session.termFromName()).isEqualTo("AUTUMN");
        assertThat(session.audience(Map.of())).isEqualTo(Audience.INDUCTION_TUTOR);
        assertThat(session.partKind(Audience.INDUCTION_TUTOR)).isEqualTo("INDUCTION_TUTOR_MATERIALS");

        PagePlacement ect = PagePlacement.of("quirk-provider/year-1-quirks/autumn-week-1-ect-instructions.md");
        assertThat(ect.audience(Map.of())).isEqualTo(Audience.ECT);
        assertThat(ect.partKind(Audience.ECT)).isEqualTo("ECT_SELF_STUDY");
    }

    @Test
    void frontMatterAudienceWinsOverTheFileName() {
        PagePlacement place = PagePlacement.of("edt/year-1-x/summer-week-4-mentor-materials.md");
        assertThat(place.audience(Map.of("audience", "induction tutor"))).isEqualTo(Audience.INDUCTION_TUTOR);
        assertThat(place.audience(Map.of("audience", "nobody we know"))).isEqualTo(Audience.ECT);
    }

    @Test
    void reflectionsAndPagesWithoutAWeekInTheirName() {
        PagePlacement reflection = PagePlacement.of("edt/year-2-y/spring-reflection.md");
        assertThat(reflection.partKind(reflection.audience(Map.of()))).isEqualTo("REFLECTION");
        assertThat(reflection.weekFromName()).isNull();
        assertThat(PagePlacement.of("edt/options/extra.md").yearFromModuleSlug())
                .isNull();
        assertThat(PagePlacement.of("edt/m/weekly-notes.md").weekFromName()).isNull();
    }

    @Test
    void singlePagesAreGivenAPathInTheProgrammeAndModuleNamed() {
        String path = PagePlacement.singlePagePath(
                "Northfield Teaching Partnership", " Year 1: Getting started! ", "autumn-week-2-ect-self-study.md");
        assertThat(path)
                .isEqualTo(
                        "northfield-teaching-partnership/year-1-getting-started/" + "autumn-week-2-ect-self-study.md");
        PagePlacement place = PagePlacement.of(path);
        assertThat(place.isPart()).isTrue();
        assertThat(place.weekFromName()).isEqualTo(2);
        assertThat(place.yearFromModuleSlug()).isEqualTo(1);
    }

    @Test
    void titlesMadeFromSlugs() {
        assertThat(PagePlacement.titleFromSlug("year-1-a-people-profession")).isEqualTo("Year 1 a people profession");
        assertThat(PagePlacement.titleFromSlug("---")).isEqualTo("---");
        assertThat(PagePlacement.slug("--Odd  Name--")).isEqualTo("odd-name");
    }
}
