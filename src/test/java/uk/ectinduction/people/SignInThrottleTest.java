package uk.ectinduction.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.support.IntegrationTest;

/** The throttle against the real table, at times of the test's choosing. */
@IntegrationTest
@Transactional
class SignInThrottleTest {

    static final String CLIENT = "198.51.100.7";
    static final String OTHER_CLIENT = "203.0.113.9";

    @Autowired
    JdbcClient jdbc;

    final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    SignInThrottle at(Instant instant) {
        return new SignInThrottle(jdbc, Clock.fixed(instant, ZoneOffset.UTC));
    }

    SignInThrottle at(Duration sinceStart) {
        return at(start.plus(sinceStart));
    }

    void fail(String email, String client, int times, Duration sinceStart) {
        for (int i = 0; i < times; i++) {
            at(sinceStart).recordFailure(email, client);
        }
    }

    long rows(String email) {
        return jdbc.sql("select count(*) from sign_in_throttle where email_key = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    @Test
    void aClientWaitsAfterFiveFailuresAndEachFurtherFailureDoublesTheWait() {
        fail("guess@school.example", CLIENT, SignInThrottle.CLIENT_FAILURES_BEFORE_WAIT - 1, Duration.ZERO);
        assertThat(at(Duration.ZERO).mustWait("guess@school.example", CLIENT)).isFalse();

        fail("GUESS@school.example ", CLIENT, 1, Duration.ZERO);

        assertThat(at(Duration.ofMillis(999)).mustWait("guess@school.example", CLIENT))
                .isTrue();
        assertThat(at(Duration.ofSeconds(1)).mustWait("guess@school.example", CLIENT))
                .isFalse();

        fail("guess@school.example", CLIENT, 1, Duration.ofSeconds(1));

        assertThat(at(Duration.ofMillis(2999)).mustWait("guess@school.example", CLIENT))
                .isTrue();
        assertThat(at(Duration.ofSeconds(3)).mustWait("guess@school.example", CLIENT))
                .isFalse();
    }

    @Test
    void theWaitStartsAtOneSecondAndStopsGrowingAtFifteenMinutes() {
        int free = SignInThrottle.CLIENT_FAILURES_BEFORE_WAIT;
        assertThat(SignInThrottle.waitAfter(free - 1, free)).isZero();
        assertThat(SignInThrottle.waitAfter(free, free)).isEqualTo(Duration.ofSeconds(1));
        assertThat(SignInThrottle.waitAfter(free + 1, free)).isEqualTo(Duration.ofSeconds(2));
        assertThat(SignInThrottle.waitAfter(free + 9, free)).isEqualTo(Duration.ofSeconds(512));
        assertThat(SignInThrottle.waitAfter(free + 10, free)).isEqualTo(Duration.ofMinutes(15));
        assertThat(SignInThrottle.waitAfter(Integer.MAX_VALUE, free)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anotherClientDoesNotWaitForOnesFailures() {
        fail("admin.target@school.example", CLIENT, SignInThrottle.CLIENT_FAILURES_BEFORE_WAIT, Duration.ZERO);

        assertThat(at(Duration.ZERO).mustWait("admin.target@school.example", CLIENT))
                .isTrue();
        assertThat(at(Duration.ZERO).mustWait("admin.target@school.example", OTHER_CLIENT))
                .isFalse();
    }

    @Test
    void failuresSpreadOverManyClientsMakeEveryClientWaitAtTheSlowerLimit() {
        for (int i = 1; i < SignInThrottle.ACCOUNT_FAILURES_BEFORE_WAIT; i++) {
            fail("spread@school.example", "192.0.2." + i, 1, Duration.ZERO);
        }
        assertThat(at(Duration.ZERO).mustWait("spread@school.example", OTHER_CLIENT))
                .isFalse();

        fail("spread@school.example", "192.0.2.250", 1, Duration.ZERO);

        assertThat(at(Duration.ZERO).mustWait("spread@school.example", OTHER_CLIENT))
                .isTrue();
        assertThat(at(Duration.ofSeconds(1)).mustWait("spread@school.example", OTHER_CLIENT))
                .isFalse();
        assertThat(at(Duration.ZERO).mustWait("someone.else@school.example", OTHER_CLIENT))
                .isFalse();
    }

    @Test
    void theRightPasswordClearsThatClientsCountButNotTheCountAcrossClients() {
        fail("forgetful@school.example", CLIENT, SignInThrottle.CLIENT_FAILURES_BEFORE_WAIT - 1, Duration.ZERO);
        at(Duration.ZERO).recordSuccess("forgetful@school.example", CLIENT);
        fail("forgetful@school.example", CLIENT, 1, Duration.ZERO);

        assertThat(at(Duration.ZERO).mustWait("forgetful@school.example", CLIENT))
                .isFalse();
        assertThat(jdbc.sql("select failures from sign_in_throttle where email_key = ? and client_address = ?")
                        .params("forgetful@school.example", CLIENT)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select failures from sign_in_throttle where email_key = ? and client_address = '*'")
                        .param("forgetful@school.example")
                        .query(Integer.class)
                        .single())
                .isEqualTo(SignInThrottle.CLIENT_FAILURES_BEFORE_WAIT);
    }

    @Test
    void aPasswordSetFromALinkForgetsEveryCountForThatEmail() {
        fail("reset@school.example", CLIENT, SignInThrottle.CLIENT_FAILURES_BEFORE_WAIT, Duration.ZERO);

        at(Duration.ZERO).forget("reset@school.example");

        assertThat(rows("reset@school.example")).isZero();
        assertThat(at(Duration.ZERO).mustWait("reset@school.example", CLIENT)).isFalse();
    }

    @Test
    void rowsAreDeletedAnHourAfterTheirLastFailure() {
        fail("old@school.example", CLIENT, SignInThrottle.CLIENT_FAILURES_BEFORE_WAIT, Duration.ZERO);
        fail("recent@school.example", CLIENT, 1, Duration.ofMinutes(30));

        fail("anyone@school.example", OTHER_CLIENT, 1, SignInThrottle.FORGET_AFTER.minusSeconds(1));
        assertThat(rows("old@school.example")).as("not yet an hour").isEqualTo(2);

        fail("anyone@school.example", OTHER_CLIENT, 1, SignInThrottle.FORGET_AFTER);

        assertThat(rows("old@school.example")).isZero();
        assertThat(rows("recent@school.example")).isEqualTo(2);
        fail("old@school.example", CLIENT, 1, SignInThrottle.FORGET_AFTER);
        assertThat(jdbc.sql("select failures from sign_in_throttle where email_key = ? and client_address = ?")
                        .params("old@school.example", CLIENT)
                        .query(Integer.class)
                        .single())
                .as("a fresh count")
                .isEqualTo(1);
    }
}
