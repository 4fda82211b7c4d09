package uk.ectinduction.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.ectinduction.support.IntegrationTest;

/** The import's speed on a synthetic 700-page tree and on the shared corpus, within the limits. */
@IntegrationTest
class ImportSpeedTest {

    @Autowired
    ContentImporter importer;

    @Test
    void aSevenHundredPageTreeImportsInUnderFifteenSeconds() {
        List<ImportRequest.SourceFile> files = SyntheticTree.files("speed-provider", 1, 7, 33);
        assertThat(files.stream().filter(f -> f.path().endsWith(".md"))).hasSizeGreaterThanOrEqualTo(700);

        long start = System.nanoTime();
        ImportReport report = importer.importContent(ImportRequest.tree(files), ImportProgress.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        long again = System.nanoTime();
        ImportReport unchanged = importer.importContent(ImportRequest.tree(files), ImportProgress.NONE);
        double againSeconds = (System.nanoTime() - again) / 1e9;

        System.out.printf("import of %d pages: %.2f s; again, unchanged: %.2f s%n", report.pages().size(), seconds,
                againSeconds);
        assertThat(report.errors()).isEmpty();
        assertThat(unchanged.count(ImportReport.Outcome.UNCHANGED)).isEqualTo(report.pages().size());
        assertThat(seconds).isLessThan(15);
    }

    @Test
    void theSharedCorpusImportsInUnderThreeSeconds() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(ContentFixtures.CORPUS), "no ../shared/corpus");
        List<ImportRequest.SourceFile> files = ContentFixtures.tree(ContentFixtures.CORPUS);
        long start = System.nanoTime();
        ImportReport report = importer.importContent(ImportRequest.tree(files), ImportProgress.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("import of the corpus (%d pages, %d files): %.2f s%n", report.pages().size(),
                report.assets(), seconds);
        assertThat(report.errors()).isEmpty();
        assertThat(seconds).isLessThan(3);
    }
}
