package uk.ectinduction.content;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** A small programme for search tests: an ECT page and a mentor page of one week, with words of the test's own. */
final class SearchFixtures {

    static final String PROGRAMME = "/programmes/search-provider";
    static final String ECT_PAGE = PROGRAMME + "/year-1-searching/autumn-week-1-ect-instructions";
    static final String MENTOR_PAGE = PROGRAMME + "/year-1-searching/autumn-week-1-mentor-materials";

    private SearchFixtures() {}

    /** Imports the programme with these bodies for the ECT page and the mentor page. */
    static ImportReport importWeek(ContentImporter importer, String ectBody, String mentorBody) {
        return importer.importContent(
                ImportRequest.tree(List.of(
                        file(
                                "search-provider.md",
                                "---\ntitle: \"Search provider\"\n---\n\n## Year 1: Autumn term\n\n"
                                        + "### [Searching](/search-provider/year-1-searching)\n"),
                        file(
                                "search-provider/year-1-searching.md",
                                "---\ntitle: \"Year 1: Searching\"\nheading: \"Searching\"\n---\n\n"
                                        + "## Week 1: finding things\n\n### ECTs\n\n"
                                        + "1. [Instructions](/search-provider/year-1-searching/autumn-week-1-ect-instructions)\n\n"
                                        + "### Mentors\n\nOnly mentors read about the hippogriff.\n\n"
                                        + "[View mentor materials](/search-provider/year-1-searching/autumn-week-1-mentor-materials)\n"),
                        file(
                                "search-provider/year-1-searching/autumn-week-1-ect-instructions.md",
                                "---\ntitle: \"Instructions\"\n---\n\n" + ectBody + "\n"),
                        file(
                                "search-provider/year-1-searching/autumn-week-1-mentor-materials.md",
                                "---\ntitle: \"Week 1 mentor materials\"\n---\n\n" + mentorBody + "\n"))),
                ImportProgress.NONE);
    }

    private static ImportRequest.SourceFile file(String path, String text) {
        return new ImportRequest.SourceFile(path, path, text.getBytes(StandardCharsets.UTF_8));
    }
}
