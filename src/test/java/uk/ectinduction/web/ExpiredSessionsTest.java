package uk.ectinduction.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.ectinduction.support.IntegrationTest;

/** Sessions past their idle timeout are deleted from the shared store; live ones stay. */
@IntegrationTest
class ExpiredSessionsTest {

    @Autowired
    ExpiredSessions expiredSessions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void expiredSessionsAreDeletedAndLiveOnesKept() {
        long now = System.currentTimeMillis();
        String expired = session(now - 60_000);
        String live = session(now + 600_000);
        // As if no node had run the job lately.
        jdbc.sql("delete from scheduled_run where job = ?")
                .param(ExpiredSessions.JOB)
                .update();

        expiredSessions.remove();

        assertThat(exists(expired)).isFalse();
        assertThat(exists(live)).isTrue();
    }

    private String session(long expiresAt) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                        insert into spring_session (primary_id, session_id, creation_time, last_access_time,
                            max_inactive_interval, expiry_time) values (?, ?, ?, ?, 1800, ?)""")
                .params(id, UUID.randomUUID().toString(), expiresAt - 1_800_000, expiresAt - 1_800_000, expiresAt)
                .update();
        return id;
    }

    private boolean exists(String primaryId) {
        return jdbc.sql("select count(*) from spring_session where primary_id = ?")
                        .param(primaryId)
                        .query(Integer.class)
                        .single()
                == 1;
    }
}
