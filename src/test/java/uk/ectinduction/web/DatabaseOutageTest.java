package uk.ectinduction.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures mean "the database cannot be reached" (a 503 page), and which are the app's own (a 500). */
class DatabaseOutageTest {

    @Test
    void failuresToReachTheDatabaseAreRecognisedHoweverDeeplyWrapped() {
        assertThat(DatabaseOutage.unreachable(new ServletException(
                        "Request processing failed",
                        new CannotCreateTransactionException(
                                "Could not open JPA EntityManager",
                                new SQLTransientConnectionException("Connection is not available")))))
                .isTrue();
        assertThat(DatabaseOutage.unreachable(new RuntimeException(new ConnectException("Connection refused"))))
                .isTrue();
        assertThat(DatabaseOutage.unreachable(new RuntimeException(
                        new SQLException("terminating connection due to administrator command", "57P01"))))
                .isTrue();
        assertThat(DatabaseOutage.unreachable(new RuntimeException(new SQLException("I/O error", "08006"))))
                .isTrue();
    }

    @Test
    void theAppsOwnFailuresAreNot() {
        assertThat(DatabaseOutage.unreachable(null)).isFalse();
        assertThat(DatabaseOutage.unreachable(new IllegalStateException("a bug")))
                .isFalse();
        assertThat(DatabaseOutage.unreachable(new DataIntegrityViolationException(
                        "duplicate key", new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(DatabaseOutage.unreachable(new ObjectOptimisticLockingFailureException("Meeting", 1L)))
                .isFalse();
    }
}
