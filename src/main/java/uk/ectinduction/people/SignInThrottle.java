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
 * Slows down password guessing without letting anyone lock a person out.
 *
 * <p>Failures are counted for an email address and the client address they came from together: after
 * {@value #CLIENT_FAILURES_BEFORE_WAIT} of them that client must wait {@link #FIRST_WAIT} before its next
 * attempt with that email address, and each further failure doubles the wait, up to {@link #LONGEST_WAIT}.
 * Another client is not affected, so a guesser cannot keep the admin out. A slower count per email address
 * across every client ({@value #ACCOUNT_FAILURES_BEFORE_WAIT} failures) catches guessing spread over many
 * addresses. Counts are kept for the email address typed, whether or not an account has it, so the
 * throttle reveals nothing about which accounts exist.
 *
 * <p>Kept in the database, so that a restart or a second instance neither resets nor splits it. A count
 * is forgotten {@link #FORGET_AFTER} after its last failure: each failure first deletes such rows, so the
 * table holds only recent guessing without a scheduled job on every instance.
 */
@Service
public class SignInThrottle {

    public static final int CLIENT_FAILURES_BEFORE_WAIT = 5;
    public static final int ACCOUNT_FAILURES_BEFORE_WAIT = 50;
    public static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    public static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    public static final Duration FORGET_AFTER = Duration.ofHours(1);

    /** The client address of the row that counts failures from every client. */
    static final String EVERY_CLIENT = "*";

    private static final String UNKNOWN_CLIENT = "unknown";

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether this client must still wait before trying a password for this email address. */
    @Transactional(readOnly = true)
    public boolean mustWait(String email, String clientAddress) {
        return jdbc.sql("""
                select count(*) from sign_in_throttle
                where email_key = ? and client_address in (?, ?) and next_attempt_at > ?
                """)
                        .params(
                                emailKey(email),
                                clientKey(clientAddress),
                                EVERY_CLIENT,
                                Timestamp.from(clock.instant()))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Counts a wrong password against the client's count and the email address's count across clients. */
    @Transactional
    public void recordFailure(String email, String clientAddress) {
        Instant now = clock.instant();
        jdbc.sql("delete from sign_in_throttle where last_failure_at <= ?")
                .param(Timestamp.from(now.minus(FORGET_AFTER)))
                .update();
        count(emailKey(email), clientKey(clientAddress), CLIENT_FAILURES_BEFORE_WAIT, now);
        count(emailKey(email), EVERY_CLIENT, ACCOUNT_FAILURES_BEFORE_WAIT, now);
    }

    /**
     * The right password clears this client's count. The count across clients stays until it is forgotten:
     * otherwise guessing from many addresses would start afresh each time the person signs in.
     */
    @Transactional
    public void recordSuccess(String email, String clientAddress) {
        jdbc.sql("delete from sign_in_throttle where email_key = ? and client_address = ?")
                .params(emailKey(email), clientKey(clientAddress))
                .update();
    }

    /** A new password set from an admin's link: every count against the old one is moot. */
    @Transactional
    public void forget(String email) {
        jdbc.sql("delete from sign_in_throttle where email_key = ?")
                .param(emailKey(email))
                .update();
    }

    /** The wait after this many failures in a row for a count that allows {@code freeFailures} before one. */
    static Duration waitAfter(int failures, int freeFailures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        // Capping the exponent keeps the shift in range; 2^20 seconds is far past the longest wait anyway.
        long seconds = FIRST_WAIT.toSeconds() << Math.min(failures - freeFailures, 20);
        return Duration.ofSeconds(Math.min(seconds, LONGEST_WAIT.toSeconds()));
    }

    /** Adds one failure in a single upsert, so that simultaneous attempts cannot slip past the count. */
    private void count(String emailKey, String clientKey, int freeFailures, Instant now) {
        int failures = jdbc.sql("""
                insert into sign_in_throttle as t (email_key, client_address, failures, last_failure_at,
                                                   next_attempt_at)
                values (:email, :client, 1, :now, :now)
                on conflict (email_key, client_address) do update set
                    failures = t.failures + 1, last_failure_at = :now, next_attempt_at = :now
                returning failures
                """)
                .param("email", emailKey)
                .param("client", clientKey)
                .param("now", Timestamp.from(now))
                .query(Integer.class)
                .single();
        jdbc.sql("update sign_in_throttle set next_attempt_at = ? where email_key = ? and client_address = ?")
                .params(Timestamp.from(now.plus(waitAfter(failures, freeFailures))), emailKey, clientKey)
                .update();
    }

    private static String emailKey(String email) {
        String trimmed = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        return trimmed.length() > 320 ? trimmed.substring(0, 320) : trimmed;
    }

    private static String clientKey(String clientAddress) {
        String trimmed = clientAddress == null ? "" : clientAddress.trim().toLowerCase(Locale.ROOT);
        if (trimmed.isEmpty() || trimmed.equals(EVERY_CLIENT)) {
            return UNKNOWN_CLIENT;
        }
        return trimmed.length() > 64 ? trimmed.substring(0, 64) : trimmed;
    }
}
