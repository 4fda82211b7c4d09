package uk.ectinduction.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import uk.ectinduction.support.IntegrationTest;

/** Scheduled work runs once across the nodes: each "node" here is a ClusterJobs of its own on the one database. */
@IntegrationTest
class ClusterJobsTest {

    static final Duration MINUTE = Duration.ofMinutes(1);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    ClusterJobs node() {
        return new ClusterJobs(jdbc, transactions);
    }

    static String job() {
        return "test-job-" + System.nanoTime();
    }

    @Test
    void whileOneNodeRunsAJobAnotherSkipsItAtOnce() throws Exception {
        String job = job();
        CountDownLatch working = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> node().runOnce(job, MINUTE, () -> {
            working.countDown();
            await(finish);
        }));
        assertThat(working.await(10, TimeUnit.SECONDS)).isTrue();

        AtomicInteger ranOnSecond = new AtomicInteger();
        long started = System.nanoTime();
        assertThat(node().runOnce(job, MINUTE, ranOnSecond::incrementAndGet)).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(ranOnSecond).hasValue(0);

        finish.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aNodeWhoseTimerFiresJustAfterAnothersRanTheJobDoesNotRunItAgain() {
        String job = job();
        AtomicInteger runs = new AtomicInteger();
        assertThat(node().runOnce(job, MINUTE, runs::incrementAndGet)).isTrue();
        assertThat(node().runOnce(job, MINUTE, runs::incrementAndGet)).isFalse();
        assertThat(runs).hasValue(1);
    }

    @Test
    void theJobRunsAgainOnceHalfItsPeriodHasPassed() throws Exception {
        String job = job();
        Duration every = Duration.ofMillis(600);
        AtomicInteger runs = new AtomicInteger();
        assertThat(node().runOnce(job, every, runs::incrementAndGet)).isTrue();
        Thread.sleep(every.toMillis() / 2 + 100);
        assertThat(node().runOnce(job, every, runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void workThatFailsLeavesTheLockFreeAndIsTriedAgainNextTime() {
        String job = job();
        try {
            node().runOnce(job, Duration.ZERO, () -> {
                throw new IllegalStateException("the work failed");
            });
        } catch (IllegalStateException expected) {
            // the failure is the caller's to log
        }
        AtomicInteger runs = new AtomicInteger();
        assertThat(node().runOnce(job, Duration.ZERO, runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
