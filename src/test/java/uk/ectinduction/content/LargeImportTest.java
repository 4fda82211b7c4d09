package uk.ectinduction.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.ectinduction.support.IntegrationTest;

/**
 * A programme of 700 pages imports whole and, imported again unchanged, keeps every page's version.
 * How fast is measured by bench/import-bench.sh, not here: a timed test fails on a busy machine.
 */
@IntegrationTest
class LargeImportTest {

    @Autowired
    ContentImporter importer;

    @Test
    void aSevenHundredPageTreeImportsWholeAndAgainChangesNothing() {
        List<ImportRequest.SourceFile> files = SyntheticTree.files("large-provider", 1, 7, 33);
        assertThat(files.stream().filter(f -> f.path().endsWith(".md"))).hasSizeGreaterThanOrEqualTo(700);

        ImportReport report = importer.importContent(ImportRequest.tree(files), ImportProgress.NONE);
        ImportReport unchanged = importer.importContent(ImportRequest.tree(files), ImportProgress.NONE);

        assertThat(report.errors()).isEmpty();
        assertThat(report.count(ImportReport.Outcome.NEW))
                .isEqualTo(report.pages().size());
        assertThat(unchanged.count(ImportReport.Outcome.UNCHANGED))
                .isEqualTo(report.pages().size());
    }
}
