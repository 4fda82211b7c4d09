package uk.ectinduction.content.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.ectinduction.content.ContentFixtures;
import uk.ectinduction.content.ImportRequest;
import uk.ectinduction.content.internal.Importer.PageSource;
import uk.ectinduction.content.internal.ProgrammeLayout.ListedModule;
import uk.ectinduction.content.internal.ProgrammeLayout.ModulePlace;
import uk.ectinduction.content.internal.ProgrammeLayout.Title;
import uk.ectinduction.content.internal.ProgrammeLayout.WeekPlace;

/** Where the pages of an import go, worked out from the quirks fixtures and plain pages, without Spring. */
class ProgrammeLayoutTest {

    static final String MODULE = "quirk-provider/year-1-quirks";

    static PageSource page(String sourcePath, String text) {
        PagePlacement place = PagePlacement.of(sourcePath);
        return new PageSource(
                sourcePath,
                "/programmes/" + sourcePath.replaceFirst("\\.md$", ""),
                sourcePath,
                text,
                place,
                PageParser.parse(sourcePath, text, place.isModule(), quoted -> Optional.empty()));
    }

    static List<PageSource> quirks() {
        List<PageSource> pages = new ArrayList<>();
        for (ImportRequest.SourceFile file : ContentFixtures.tree(ContentFixtures.FIXTURES.resolve("quirks"))) {
            if (file.path().endsWith(".md")) {
                pages.add(page(file.path(), new String(file.bytes(), StandardCharsets.UTF_8)));
            }
        }
        return pages;
    }

    static PageSource find(List<PageSource> pages, String fileName) {
        return pages.stream()
                .filter(p -> p.place().fileName().equals(fileName))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theProgrammePageNamesItsModulesAndTheirYearTermAndOrder() {
        ProgrammeLayout layout = ProgrammeLayout.of(quirks(), Map.of());
        assertThat(layout.programmes()).containsExactly(Map.entry("quirk-provider", new Title("Quirk Provider", true)));
        assertThat(layout.modules())
                .containsExactly(new ModulePlace(
                        "quirk-provider",
                        "year-1-quirks",
                        new Title("Quirks of the trade", true),
                        1,
                        "AUTUMN",
                        0,
                        true));
        assertThat(layout.listedElsewhere())
                .containsExactly(new ListedModule(
                        "quirk-provider", "year-1-missing-module", "A module nobody imported", 1, "AUTUMN", 1));
    }

    @Test
    void weeksAreTitledByTheModulePageAndTermedByTheirPartsFileNames() {
        ProgrammeLayout layout = ProgrammeLayout.of(quirks(), Map.of());
        assertThat(layout.weeks())
                .extracting(WeekPlace::moduleKey, WeekPlace::number, WeekPlace::title, WeekPlace::term)
                .containsExactlyInAnyOrder(
                        tuple(MODULE, 0, new Title("Module introduction", true), null),
                        tuple(MODULE, 1, new Title("Week 1: awkward formatting", true), "AUTUMN"));
    }

    @Test
    void partsTakeTheirWeekFromTheirNameAndTheirPositionFromTheModulePagesLinks() {
        List<PageSource> pages = quirks();
        ProgrammeLayout layout = ProgrammeLayout.of(pages, Map.of());
        PageSource ect = find(pages, "autumn-week-1-ect-instructions");
        PageSource mentor = find(pages, "autumn-week-1-mentor-materials");
        PageSource tutor = find(pages, "autumn-training-session-1");
        assertThat(List.of(ect, mentor, tutor)).extracting(layout::week).containsExactly(1, 1, 1);
        assertThat(List.of(ect, mentor, tutor)).extracting(layout::position).containsExactly(0, 1, 2);
        assertThat(layout.week(find(pages, "year-1-quirks"))).isNull();
        assertThat(layout.position(find(pages, "quirk-provider"))).isNull();
    }

    @Test
    void aPartTheModulePageDoesNotLinkTakesItsWeekFromItsLinkOrGoesAfterTheLinkedInPathOrder() {
        List<PageSource> pages = List.of(
                page("p/m.md", "# M\n\n## Week 3: Routines\n\n[Plan](/p/m/mentor-plan)\n"),
                page("p/m/mentor-plan.md", "# Plan\n"),
                page("p/m/zz-extra.md", "# Extra\n"));
        ProgrammeLayout layout = ProgrammeLayout.of(pages, Map.of());
        assertThat(layout.week(pages.get(1))).isEqualTo(3);
        assertThat(layout.position(pages.get(1))).isEqualTo(0);
        assertThat(layout.week(pages.get(2))).isNull();
        assertThat(layout.position(pages.get(2))).isEqualTo(1002);
        assertThat(layout.weeks()).containsExactly(new WeekPlace("p/m", 3, new Title("Week 3: Routines", true), null));
    }

    @Test
    void singlePagesWithoutTheirModulePageAreNamedByTheImportOrTheirSlugs() {
        String path = PagePlacement.singlePagePath("Northfield", "Year 2: Extra", "spring-week-2-ect-self-study.md");
        List<PageSource> pages = List.of(page(path, "# Self-study\n"));
        ProgrammeLayout given = ProgrammeLayout.of(
                pages, Map.of("northfield", "Northfield", "northfield/year-2-extra", "Year 2: Extra"));
        assertThat(given.programmes()).containsEntry("northfield", new Title("Northfield", true));
        assertThat(given.modules())
                .containsExactly(new ModulePlace(
                        "northfield", "year-2-extra", new Title("Year 2: Extra", true), 2, "SPRING", 0, false));
        assertThat(given.position(pages.get(0))).isNull();
        assertThat(given.firstPosition(pages.get(0))).isEqualTo(1000);
        assertThat(given.weeks())
                .containsExactly(new WeekPlace("northfield/year-2-extra", 2, new Title("Week 2", false), "SPRING"));

        ProgrammeLayout unnamed = ProgrammeLayout.of(pages, Map.of());
        assertThat(unnamed.programmes()).containsEntry("northfield", new Title("Northfield", false));
        assertThat(unnamed.modules()).extracting(ModulePlace::title).containsExactly(new Title("Year 2 extra", false));
    }
}
