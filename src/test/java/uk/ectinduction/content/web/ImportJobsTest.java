package uk.ectinduction.content.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;
import uk.ectinduction.content.ImportReport;
import uk.ectinduction.content.ImportRequest;
import uk.ectinduction.support.IntegrationTest;

/**
 * Browser imports wait in a bounded queue; a full one refuses rather than holding more zips in memory. How each
 * stands is in the database, so another app node reads it.
 */
@IntegrationTest
class ImportJobsTest {

    static final ImportRequest REQUEST = ImportRequest.tree(List.of());
    static final ImportReport DONE = new ImportReport(List.of(), 0, List.of(), List.of());

    @Autowired
    ImportJobStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JsonMapper json;

    @Test
    void aFullQueueRefusesAndMakesRoomOnceAnImportFinishes() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ImportJobs jobs = new ImportJobs(
                (request, progress) -> {
                    running.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return DONE;
                },
                1,
                store);
        try {
            String first = jobs.start(REQUEST).orElseThrow();
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
            String second = jobs.start(REQUEST).orElseThrow();
            assertThat(state(jobs, second)).isEqualTo("WAITING");

            assertThat(jobs.start(REQUEST)).isEmpty();

            release.countDown();
            awaitOver(jobs, second);
            assertThat(state(jobs, first)).isEqualTo("FINISHED");
            assertThat(state(jobs, second)).isEqualTo("FINISHED");
            assertThat(jobs.start(REQUEST)).isPresent();
        } finally {
            release.countDown();
            jobs.stop();
        }
    }

    @Test
    void anotherNodeSeesTheProgressWhileTheImportRunsAndItsReportAfterwards() throws Exception {
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ImportReport report = new ImportReport(
                List.of(new ImportReport.ImportedPage(
                        "Mentor materials", "/programmes/p/m/w/mentor", ImportReport.Outcome.NEW, 1, null)),
                3,
                List.of(new ImportReport.Problem("week-1.md", 17, "warning", "broken link")),
                List.of());
        ImportJobs thisNode = new ImportJobs(
                (request, progress) -> {
                    progress.update(5, 10, "Saving pages");
                    halfway.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return report;
                },
                1,
                store);
        ImportJobStore otherNode = new ImportJobStore(jdbc, transactions, json);
        try {
            String id = thisNode.start(REQUEST).orElseThrow();
            assertThat(halfway.await(10, TimeUnit.SECONDS)).isTrue();
            ImportStatus running = otherNode.find(id).orElseThrow();
            assertThat(running.state()).isEqualTo("RUNNING");
            assertThat(running.stage()).isEqualTo("Saving pages");
            assertThat(running.percent()).isEqualTo(50);
            assertThat(running.over()).isFalse();

            release.countDown();
            awaitOver(thisNode, id);
            ImportStatus finished = otherNode.find(id).orElseThrow();
            assertThat(finished.percent()).isEqualTo(100);
            assertThat(finished.report()).isEqualTo(report);
            assertThat(otherNode.find("not-a-job")).isEmpty();
        } finally {
            release.countDown();
            thisNode.stop();
        }
    }

    @Test
    void aFailedImportSaysSoAndOnlyTheLastFewFinishedJobsAreKept() throws Exception {
        AtomicBoolean first = new AtomicBoolean(true);
        ImportJobs jobs = new ImportJobs(
                (request, progress) -> {
                    if (first.getAndSet(false)) {
                        throw new IllegalStateException("the disk is full");
                    }
                    return DONE;
                },
                ImportJobStore.REMEMBERED + 5,
                store);
        try {
            String failed = jobs.start(REQUEST).orElseThrow();
            awaitOver(jobs, failed);
            assertThat(jobs.find(failed).orElseThrow().failure()).startsWith("The import could not be completed");
            for (int i = 0; i < ImportJobStore.REMEMBERED + 1; i++) {
                awaitOver(jobs, jobs.start(REQUEST).orElseThrow());
            }
            jobs.start(REQUEST).orElseThrow();
            assertThat(jobs.find(failed)).isEmpty();
            assertThat(jdbc.sql("select count(*) from content_import_job where state in ('FINISHED', 'FAILED')")
                            .query(Integer.class)
                            .single())
                    .isLessThanOrEqualTo(ImportJobStore.REMEMBERED);
        } finally {
            jobs.stop();
        }
    }

    private static String state(ImportJobs jobs, String id) {
        return jobs.find(id).orElseThrow().state();
    }

    private static void awaitOver(ImportJobs jobs, String id) throws InterruptedException {
        for (int i = 0; i < 250 && !jobs.find(id).orElseThrow().over(); i++) {
            Thread.sleep(20);
        }
        assertThat(jobs.find(id).orElseThrow().over()).isTrue();
    }
}
