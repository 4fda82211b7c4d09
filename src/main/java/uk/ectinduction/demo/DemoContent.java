package uk.ectinduction.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import uk.ectinduction.content.ContentImporter;
import uk.ectinduction.content.ImportProgress;
import uk.ectinduction.content.ImportReport;
import uk.ectinduction.content.ImportRequest;

/**
 * The demo programmes, imported when the web application starts on the embedded default (never by a
 * command-line tool): Education Development Trust's real module "A people profession", which the demo
 * cohort follows, and the made-up Northfield Teaching Partnership. Each is a tree of its own under
 * {@code demo-content/}, so that the licence note beside them is not imported. Importing is idempotent,
 * so a restart changes nothing unless the files changed.
 */
@Component
@ConditionalOnBooleanProperty(name = "app.demo.enabled")
@ConditionalOnWebApplication
class DemoContent {

    static final String ROOT = "demo-content/";
    /** The real module's tree; its programme's slug is {@code education-development-trust}. */
    static final String REAL_MODULE = "education-development-trust";

    static final String MADE_UP = "northfield";
    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    private final ContentImporter importer;

    DemoContent(ContentImporter importer) {
        this.importer = importer;
    }

    void load() {
        for (String tree : List.of(REAL_MODULE, MADE_UP)) {
            ImportReport report = importer.importContent(ImportRequest.tree(files(tree)), ImportProgress.NONE);
            if (report.failed()) {
                throw new IllegalStateException("The demo content in " + tree + " does not import: " + report.errors());
            }
            log.info(
                    "Demo content {}: {} pages ({} new or changed)",
                    tree,
                    report.pages().size(),
                    report.pages().size() - report.count(ImportReport.Outcome.UNCHANGED));
        }
    }

    /** Every file of one demo tree (pages and handouts), with its path relative to the tree. */
    static List<ImportRequest.SourceFile> files(String tree) {
        String root = ROOT + tree + "/";
        try {
            Resource[] resources =
                    new PathMatchingResourcePatternResolver().getResources("classpath:" + root + "**/*.*");
            List<ImportRequest.SourceFile> files = new ArrayList<>();
            for (Resource resource : resources) {
                String url = resource.getURL().toString();
                if (url.endsWith("/") || !resource.isReadable()) {
                    continue; // a folder entry of the jar
                }
                String path = url.substring(url.lastIndexOf(root) + root.length());
                files.add(new ImportRequest.SourceFile(path, root + path, resource.getContentAsByteArray()));
            }
            files.sort(Comparator.comparing(ImportRequest.SourceFile::path));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
