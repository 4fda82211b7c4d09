package uk.ectinduction.system;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scheduled work that must run once across the app nodes, not once on each: every node's timer fires, and the
 * database decides which one works.
 *
 * <p>A node runs a job only if it takes the job's PostgreSQL advisory lock without waiting (so two nodes never run
 * it at once, and a node that finds it running moves on at once rather than queueing behind it) and the job last
 * started (by any node, on the database's clock) at least half a period ago (so a node whose timer fires a moment
 * after another's does not run it a second time). The lock is held by the transaction the work runs in, so it is
 * released when the work ends, or when the node holding it dies.
 */
@Component
public class ClusterJobs {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    ClusterJobs(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Runs {@code work} here unless another node is running {@code job} or started it less than half of
     * {@code every} ago; true when it ran here.
     */
    public boolean runOnce(String job, Duration every, Runnable work) {
        Boolean ran = transaction.execute(status -> {
            boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(hashtext('ect-induction:' || ?))")
                    .param(job)
                    .query(Boolean.class)
                    .single();
            if (!locked || !due(job, every.dividedBy(2))) {
                return false;
            }
            work.run();
            return true;
        });
        return Boolean.TRUE.equals(ran);
    }

    /** Records this start, if the last one was at least {@code gap} ago. */
    private boolean due(String job, Duration gap) {
        return jdbc.sql("""
                        insert into scheduled_run as run (job, started_at) values (:job, now())
                        on conflict (job) do update set started_at = now()
                            where run.started_at <= now() - make_interval(secs => :gap)
                        returning job""")
                .param("job", job)
                .param("gap", gap.toMillis() / 1000.0)
                .query(String.class)
                .optional()
                .isPresent();
    }
}
