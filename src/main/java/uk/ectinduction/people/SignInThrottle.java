package uk.ectinduction.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed sign-ins for one email address
 * within {@link #WINDOW}, every attempt is refused for {@link #LOCKOUT}, even with the right password.
 * Kept in the database so that a restart or a second instance does not reset it.
 */
@Service
public class SignInThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String email) {
        return jdbc.sql("select count(*) from sign_in_throttle where email_key = ? and locked_until > ?")
                .params(key(email), Timestamp.from(clock.instant()))
                .query(Long.class).single() > 0;
    }

    /** Counts a failure in one statement, so that simultaneous attempts cannot slip past the limit. */
    @Transactional
    public void recordFailure(String email) {
        Instant now = clock.instant();
        jdbc.sql("""
                insert into sign_in_throttle as t (email_key, failures, window_began_at)
                values (:key, 1, :now)
                on conflict (email_key) do update set
                    failures = case when t.window_began_at <= :windowStart then 1 else t.failures + 1 end,
                    window_began_at = case when t.window_began_at <= :windowStart then :now else t.window_began_at end,
                    locked_until = case
                        when t.window_began_at > :windowStart and t.failures + 1 >= :max then :lockedUntil
                        else t.locked_until end
                """)
                .param("key", key(email))
                .param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(now.minus(WINDOW)))
                .param("max", MAX_FAILURES)
                .param("lockedUntil", Timestamp.from(now.plus(LOCKOUT)))
                .update();
    }

    @Transactional
    public void recordSuccess(String email) {
        jdbc.sql("delete from sign_in_throttle where email_key = ?").param(key(email)).update();
    }

    private static String key(String email) {
        String trimmed = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        return trimmed.length() > 320 ? trimmed.substring(0, 320) : trimmed;
    }
}
