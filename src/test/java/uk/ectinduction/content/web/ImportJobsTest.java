package uk.ectinduction.content.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import uk.ectinduction.content.ImportReport;
import uk.ectinduction.content.ImportRequest;

/** Browser imports wait in a bounded queue; a full one refuses rather than holding more zips in memory. */
class ImportJobsTest {

    static final ImportRequest REQUEST = ImportRequest.tree(List.of());
    static final ImportReport DONE = new ImportReport(List.of(), 0, List.of(), List.of());

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
                1);
        try {
            ImportJobs.Job first = jobs.start(REQUEST).orElseThrow();
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
            ImportJobs.Job second = jobs.start(REQUEST).orElseThrow();
            assertThat(second.state()).isEqualTo(ImportJobs.State.WAITING);

            assertThat(jobs.start(REQUEST)).isEmpty();

            release.countDown();
            for (int i = 0; i < 200 && !second.over(); i++) {
                Thread.sleep(20);
            }
            assertThat(first.state()).isEqualTo(ImportJobs.State.FINISHED);
            assertThat(second.state()).isEqualTo(ImportJobs.State.FINISHED);
            assertThat(jobs.start(REQUEST)).isPresent();
        } finally {
            release.countDown();
            jobs.stop();
        }
    }
}
