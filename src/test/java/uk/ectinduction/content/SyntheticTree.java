package uk.ectinduction.content;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A made-up programme tree of any size, in the providers' format: a programme page, modules of weeks,
 * and per week an ECT part, mentor materials with a timed agenda, and tutor materials of 60 minutes.
 */
final class SyntheticTree {

    private SyntheticTree() {}

    /** Module {@code module} of {@code programme}, with {@code weeks} weeks of three pages each. */
    static ImportRequest request(String programme, int module, int weeks) {
        return ImportRequest.tree(files(programme, module, module, weeks));
    }

    static List<ImportRequest.SourceFile> files(String programme, int firstModule, int lastModule, int weeks) {
        List<ImportRequest.SourceFile> files = new ArrayList<>();
        StringBuilder programmePage = new StringBuilder(
                "---\ntitle: \"Synthetic " + programme + "\"\n---\n\n" + "## Year 1: Autumn term\n\n");
        for (int m = firstModule; m <= lastModule; m++) {
            String moduleSlug = "year-1-module-" + m;
            programmePage
                    .append("### [Module ")
                    .append(m)
                    .append("](/")
                    .append(programme)
                    .append('/')
                    .append(moduleSlug)
                    .append(")\n\nModule ")
                    .append(m)
                    .append(" is made up for measuring.\n\n");
            StringBuilder modulePage = new StringBuilder("---\ntitle: \"Year 1: Module " + m + "\"\nheading: \"Module "
                    + m + "\"\ncaption: \"Year 1\"\n---\n\nA made-up module.\n\n");
            for (int w = 1; w <= weeks; w++) {
                String base = "/" + programme + "/" + moduleSlug + "/autumn-week-" + w;
                modulePage
                        .append("## Week ")
                        .append(w)
                        .append(": topic ")
                        .append(w)
                        .append("\n\n### ECTs\n\n")
                        .append("1. [Instructions](")
                        .append(base)
                        .append("-ect-instructions)\n\n")
                        .append("### Mentors\n\n[View mentor materials](")
                        .append(base)
                        .append("-mentor-materials)\n\n### Induction tutor\n\n[View induction tutor materials](")
                        .append(base)
                        .append("-induction-tutor-materials)\n\n");
                String dir = programme + "/" + moduleSlug + "/autumn-week-" + w;
                files.add(file(
                        dir + "-ect-instructions.md",
                        "---\ntitle: \"Instructions\"\n---\n\n"
                                + "- Read the materials for week " + w + ".\n- Take notes as you go.\n\n"
                                + "### Key questions\n\n- What did you notice this week?\n"));
                files.add(file(
                        dir + "-mentor-materials.md",
                        "---\ntitle: \"Week " + w + " mentor materials\"\n"
                                + "heading: \"Mentor materials\"\ncaption: \"Autumn week " + w + "\"\n---\n\n"
                                + "## Topic " + w + "\n\n### Learning intentions\n\nYour ECT will learn that:\n\n"
                                + "- Building effective relationships with parents, carers and families can improve pupils’ "
                                + "motivation, behaviour and academic success.\n\n### Meeting activities\n\n"
                                + "Review: 5 mins\n\nLook back at last week.\n\nPlan: 5 mins\n\nPlan this week.\n\n"
                                + "Theory to practice: 35 mins\n\nPractise together.\n\nNext steps: 5 mins\n\n"
                                + "Agree the actions.\n"));
                files.add(file(
                        dir + "-induction-tutor-materials.md",
                        "---\ntitle: \"Week " + w
                                + " induction tutor materials\"\nheading: \"Induction tutor materials\"\n---\n\n"
                                + "## Training session " + w + "\n\nDuration: 60 minutes\n\n### Learn that:\n\n"
                                + "- 8.4 Building effective relationships with parents, carers and families can improve "
                                + "pupils’ motivation, behaviour and academic success.\n\n"
                                + "### How to prepare for the session\n\nRead the ECT materials.\n\n"
                                + "### Opening (10 minutes)\n\nShare experiences.\n\n### Example (15 minutes)\n\nDiscuss.\n\n"
                                + "### Groups (15 minutes)\n\nWork in groups.\n\n### Tips (15 minutes)\n\nMake a list.\n\n"
                                + "### Planning for action (5 minutes)\n\nNote two or three key actions.\n"));
            }
            files.add(file(programme + "/" + moduleSlug + ".md", modulePage.toString()));
        }
        files.add(file(programme + ".md", programmePage.toString()));
        return files;
    }

    private static ImportRequest.SourceFile file(String path, String text) {
        return new ImportRequest.SourceFile(path, path, text.getBytes(StandardCharsets.UTF_8));
    }
}
