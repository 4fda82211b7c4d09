package uk.ectinduction.content.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.ectinduction.content.ImportReport.Problem;

/**
 * What is worth telling the writer of a page, though it does not stop it being saved: links into the programme that
 * lead nowhere (the import warns of these too, through the same method), activity minutes that do not add up to the
 * stated total, learning-intention codes the framework does not have, and headings that skip a level.
 */
final class PageChecks {

    private PageChecks() {}

    /**
     * @param known      the app paths that exist: pages and handouts
     * @param knownCodes of the page's learning-intention codes, those that name a framework statement
     */
    static List<Problem> check(String file, ParsedPage page, Set<String> known, Set<String> knownCodes) {
        List<Problem> problems = new ArrayList<>(brokenLinks(file, page, known));
        boolean timed = page.sections().stream().anyMatch(s -> s.kind() == ParsedPage.SectionKind.ACTIVITY);
        if (timed && page.statedMinutes() != null && page.statedMinutes() != page.activityMinutes()) {
            problems.add(warning(
                    file,
                    0,
                    "the activities add up to " + page.activityMinutes() + " minutes, but the page states "
                            + page.statedMinutes() + " minutes"));
        }
        for (ParsedPage.Intention intention : page.intentions()) {
            if (intention.code() != null && !knownCodes.contains(intention.code())) {
                problems.add(warning(
                        file,
                        0,
                        "learning intention " + intention.code() + " matches no statement of the framework: "
                                + intention.text()));
            }
        }
        for (ParsedPage.HeadingJump jump : page.headingJumps()) {
            problems.add(warning(
                    file,
                    jump.line(),
                    "the heading \"" + jump.heading() + "\" is level " + jump.to() + " after level " + jump.from()
                            + ": a heading level is skipped"));
        }
        return problems;
    }

    static List<Problem> brokenLinks(String file, ParsedPage page, Set<String> known) {
        List<Problem> problems = new ArrayList<>();
        for (ParsedPage.InternalLink link : page.links()) {
            if (!known.contains(link.target())) {
                problems.add(warning(file, link.line(), "broken link: no page or file at " + link.target()));
            }
        }
        return problems;
    }

    private static Problem warning(String file, int line, String message) {
        return new Problem(file, line, "warning", message);
    }
}
