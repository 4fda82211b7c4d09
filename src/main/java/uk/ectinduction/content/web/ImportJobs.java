package uk.ectinduction.content.web;

import jakarta.annotation.PreDestroy;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * Imports started in the browser, run one at a time in the background so the page can show progress;
 * a few more may wait their turn, and beyond that the admin is asked to try again.
 * The last few jobs are remembered (in memory) for their result pages.
 */
@Component
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final int REMEMBERED = 20;
    static final int WAITING = 2;

    enum State {
        WAITING,
        RUNNING,
        FINISHED,
        FAILED
    }

    /** One import's progress and, once finished, its report. */
    static final class Job implements ImportProgress {
        final String id = UUID.randomUUID().toString();
        volatile State state = State.WAITING;
        volatile int done;
        volatile int total;
        volatile String stage = "Waiting to start";
        volatile ImportReport report;
        volatile String failure;

        @Override
        public void update(int done, int total, String stage) {
            this.done = done;
            this.total = total;
            this.stage = stage;
        }

        int percent() {
            return state == State.FINISHED ? 100 : total == 0 ? 0 : Math.min(99, done * 100 / total);
        }

        boolean over() {
            return state == State.FINISHED || state == State.FAILED;
        }

        ImportStatus status() {
            return new ImportStatus(id, state.name(), done, total, stage, percent(), over(), report, failure);
        }

        public String id() {
            return id;
        }

        public State state() {
            return state;
        }

        public int done() {
            return done;
        }

        public int total() {
            return total;
        }

        public String stage() {
            return stage;
        }

        public ImportReport report() {
            return report;
        }

        public String failure() {
            return failure;
        }
    }

    /** What a job runs: an import, reporting its progress. */
    interface Run {
        ImportReport run(ImportRequest request, ImportProgress progress);
    }

    private final Run run;
    private final ThreadPoolExecutor executor;
    private final Map<String, Job> jobs = new LinkedHashMap<>();

    @Autowired
    ImportJobs(ContentImporter importer) {
        this(importer::importContent, WAITING);
    }

    /**
     * One import at a time, and at most {@code waiting} more held in memory with their files: a waiting
     * request holds a whole zip's contents, so the queue is bounded and a full one refuses.
     */
    ImportJobs(Run run, int waiting) {
        this.run = run;
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

    /** The job started (or waiting its turn), or empty when the queue is full and the admin should try later. */
    Optional<Job> start(ImportRequest request) {
        Job job = new Job();
        try {
            executor.execute(() -> {
                job.state = State.RUNNING;
                try {
                    job.report = run.run(request, job);
                    job.state = State.FINISHED;
                } catch (RuntimeException e) {
                    log.error("Import {} failed", job.id, e);
                    job.failure = "The import could not be completed, so nothing was imported. Try again, or ask "
                            + "for help if it fails again.";
                    job.state = State.FAILED;
                }
            });
        } catch (RejectedExecutionException full) {
            return Optional.empty();
        }
        synchronized (jobs) {
            jobs.put(job.id, job);
            while (jobs.size() > REMEMBERED) {
                jobs.remove(jobs.keySet().iterator().next());
            }
        }
        return Optional.of(job);
    }

    Optional<Job> find(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
