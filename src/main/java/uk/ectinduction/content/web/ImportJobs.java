package uk.ectinduction.content.web;

import jakarta.annotation.PreDestroy;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import uk.ectinduction.content.ContentImporter;
import uk.ectinduction.content.ImportProgress;
import uk.ectinduction.content.ImportReport;
import uk.ectinduction.content.ImportRequest;

/**
 * Imports started in the browser, run one at a time in the background on the node that received the files, so the
 * page can show progress; a few more may wait their turn, and beyond that the admin is asked to try again. How each
 * stands is kept in the database ({@link ImportJobStore}), so the status page works whichever node serves it.
 */
@Component
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    static final int WAITING = 2;
    /** Progress is written at most this often (and at each new stage), not once per file. */
    private static final long PROGRESS_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    /** What a job runs: an import, reporting its progress. */
    interface Run {
        ImportReport run(ImportRequest request, ImportProgress progress);
    }

    private final Run run;
    private final ImportJobStore store;
    private final ThreadPoolExecutor executor;

    @Autowired
    ImportJobs(ContentImporter importer, ImportJobStore store) {
        this(importer::importContent, WAITING, store);
    }

    /**
     * One import at a time, and at most {@code waiting} more held in memory with their files: a waiting
     * request holds a whole zip's contents, so the queue is bounded and a full one refuses.
     */
    ImportJobs(Run run, int waiting, ImportJobStore store) {
        this.run = run;
        this.store = store;
        this.executor = new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(waiting),
                r -> {
                    Thread t = new Thread(r, "content-import");
                    t.setDaemon(true);
                    return t;
                },
                new ThreadPoolExecutor.AbortPolicy());
    }

    /** The job's id (started, or waiting its turn), or empty when the queue is full and the admin should try later. */
    Optional<String> start(ImportRequest request) {
        UUID id = store.add();
        try {
            executor.execute(() -> runJob(id, request));
        } catch (RejectedExecutionException full) {
            store.remove(id);
            return Optional.empty();
        }
        return Optional.of(id.toString());
    }

    Optional<ImportStatus> find(String id) {
        return store.find(id);
    }

    private void runJob(UUID id, ImportRequest request) {
        try {
            store.running(id);
            ImportReport report = run.run(request, new StoredProgress(id));
            store.finished(id, report);
        } catch (RuntimeException e) {
            log.error("Import {} failed", id, e);
            store.failed(
                    id,
                    "The import could not be completed, so nothing was imported. Try again, or ask for help if it "
                            + "fails again.");
        }
    }

    /** Writes an import's progress, a few times a second at most. */
    private final class StoredProgress implements ImportProgress {
        private final UUID id;
        private String stage;
        private long writtenAt;

        StoredProgress(UUID id) {
            this.id = id;
        }

        @Override
        public void update(int done, int total, String stage) {
            long now = System.nanoTime();
            if (!stage.equals(this.stage) || now - writtenAt >= PROGRESS_EVERY_NANOS || done == total) {
                store.progress(id, done, total, stage);
                this.stage = stage;
                writtenAt = now;
            }
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
