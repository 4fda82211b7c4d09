package uk.ectinduction.web;

import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;
import uk.ectinduction.system.ClusterJobs;

/**
 * Deletes sessions past their idle timeout from the shared store, once a minute across all the nodes (in place of
 * Spring Session's own timer, which would run the same delete on every node).
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ExpiredSessions {

    static final String JOB = "expired-sessions";
    private static final Duration EVERY = Duration.ofMinutes(1);

    private final ClusterJobs jobs;
    private final JdbcIndexedSessionRepository sessions;

    ExpiredSessions(ClusterJobs jobs, JdbcIndexedSessionRepository sessions) {
        this.jobs = jobs;
        this.sessions = sessions;
    }

    @Scheduled(cron = "0 * * * * *")
    void remove() {
        jobs.runOnce(JOB, EVERY, sessions::cleanUpExpiredSessions);
    }
}
