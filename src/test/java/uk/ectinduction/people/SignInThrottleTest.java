package uk.ectinduction.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.support.IntegrationTest;

@IntegrationTest
@Transactional
class SignInThrottleTest {

    @Autowired
    SignInThrottle throttle;

    @Autowired
    JdbcClient jdbc;

    @Test
    void locksAfterFiveFailuresNotBefore() {
        for (int i = 1; i < SignInThrottle.MAX_FAILURES; i++) {
            throttle.recordFailure("guess@school.example");
        }
        assertThat(throttle.isLocked("guess@school.example")).isFalse();

        throttle.recordFailure("GUESS@school.example");

        assertThat(throttle.isLocked("guess@school.example")).isTrue();
    }

    @Test
    void failuresOlderThanTheWindowStartACountAfresh() {
        for (int i = 1; i < SignInThrottle.MAX_FAILURES; i++) {
            throttle.recordFailure("slow@school.example");
        }
        jdbc.sql("update sign_in_throttle set window_began_at = ? where email_key = 'slow@school.example'")
                .param(Timestamp.from(Instant.now().minus(SignInThrottle.WINDOW).minusSeconds(1))).update();

        throttle.recordFailure("slow@school.example");

        assertThat(throttle.isLocked("slow@school.example")).isFalse();
    }

    @Test
    void aSuccessClearsTheCount() {
        for (int i = 1; i < SignInThrottle.MAX_FAILURES; i++) {
            throttle.recordFailure("forgetful@school.example");
        }
        throttle.recordSuccess("forgetful@school.example");
        throttle.recordFailure("forgetful@school.example");

        assertThat(throttle.isLocked("forgetful@school.example")).isFalse();
    }
}
