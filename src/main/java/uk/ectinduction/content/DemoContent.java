package uk.ectinduction.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * A small demonstration programme (one module, three weeks, all three audiences) imported at start-up on
 * the embedded default. Importing is idempotent, so a restart changes nothing unless the files changed.
 */
@Component
@ConditionalOnBooleanProperty(name = "app.demo.enabled")
@Order(10)
class DemoContent implements ApplicationRunner {

    static final String ROOT = "demo-content/";
    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    private final ContentImporter importer;

    DemoContent(ContentImporter importer) {
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) {
        ImportReport report = importer.importContent(ImportRequest.tree(files()), ImportProgress.NONE);
        if (report.failed()) {
            throw new IllegalStateException("The demo content does not import: " + report.errors());
        }
        log.info("Demo content: {} pages ({} new or changed)", report.pages().size(),
                report.pages().size() - report.count(ImportReport.Outcome.UNCHANGED));
    }

    static List<ImportRequest.SourceFile> files() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath:" + ROOT + "**/*.md");
            List<ImportRequest.SourceFile> files = new ArrayList<>();
            for (Resource resource : resources) {
                String url = resource.getURL().toString();
                String path = url.substring(url.lastIndexOf(ROOT) + ROOT.length());
                files.add(new ImportRequest.SourceFile(path, ROOT + path, resource.getContentAsByteArray()));
            }
            files.sort(Comparator.comparing(ImportRequest.SourceFile::path));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
