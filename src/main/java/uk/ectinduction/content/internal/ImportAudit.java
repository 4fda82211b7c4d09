package uk.ectinduction.content.internal;

import java.util.List;
import java.util.stream.Collectors;
import uk.ectinduction.content.ContentActionTaken;
import uk.ectinduction.content.ImportReport;
import uk.ectinduction.content.ImportReport.Outcome;
import uk.ectinduction.content.ImportRequest;
import uk.ectinduction.content.internal.Importer.PageSource;

/**
 * The audit log's line for one import run: its target is the programme (the slugs, if a tree held several), and
 * its detail the file names for single pages, or what the tree held, with what became of its pages.
 */
final class ImportAudit {

    private ImportAudit() {}

    static ContentActionTaken of(
            ImportRequest request, List<PageSource> pages, List<ImportReport.ImportedPage> imported, int handouts) {
        String target = pages.stream()
                .map(p -> p.place().programmeSlug())
                .distinct()
                .sorted()
                .collect(Collectors.joining(", "));
        String outcome = count(imported.size(), "page", "pages") + " ("
                + imported.stream().filter(p -> p.outcome() == Outcome.NEW).count() + " new, "
                + count(
                        imported.stream()
                                .filter(p -> p.outcome() == Outcome.NEW_VERSION)
                                .count(),
                        "new version",
                        "new versions")
                + ", "
                + imported.stream()
                        .filter(p -> p.outcome() == Outcome.UNCHANGED)
                        .count() + " unchanged)";
        String detail = request.singlePages()
                ? "Pages "
                        + request.files().stream()
                                .map(ImportRequest.SourceFile::displayName)
                                .collect(Collectors.joining(", "))
                        + " into the module " + request.module().strip() + ": " + outcome
                : "Programme tree: " + outcome + ", " + count(handouts, "handout", "handouts");
        return new ContentActionTaken(
                ContentActionTaken.Action.IMPORT, target.isEmpty() ? "assets" : target, request.actorId(), detail);
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
