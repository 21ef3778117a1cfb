package dev.rebound.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void recognisesAnUnreachableDatabaseDeepInTheCauseChain() {
        RuntimeException wrapped = new RuntimeException(
                "tx failed", new IllegalStateException(new SQLException("Connection refused", "08001")));
        assertThat(DatabaseOutage.isCause(wrapped)).isTrue();
        assertThat(DatabaseOutage.isCause(new SQLTransientConnectionException("pool exhausted")))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(
                        "could not prepare statement", new SQLException("Sorry, acquisition timeout!"))))
                .as("Agroal's exhausted pool")
                .isTrue();
        assertThat(DatabaseOutage.isCause(
                        new SQLException("terminating connection due to administrator command", "57P01")))
                .isTrue();
    }

    @Test
    void recognisesAStatementCancelledByTheTimeLimit() {
        assertThat(DatabaseOutage.isTimeout(new RuntimeException(
                        "could not execute statement",
                        new SQLException("canceling statement due to statement timeout", "57014"))))
                .isTrue();
        assertThat(DatabaseOutage.isTimeout(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(DatabaseOutage.isTimeout(new SQLException("Connection refused", "08001")))
                .isFalse();
    }

    @Test
    void recognisesADeadlockOrSerializationFailure() {
        assertThat(DatabaseOutage.isContention(new RuntimeException(new SQLException("deadlock detected", "40P01"))))
                .isTrue();
        assertThat(DatabaseOutage.isContention(new SQLException("could not serialize access", "40001")))
                .isTrue();
        assertThat(DatabaseOutage.isContention(new SQLException("duplicate key", "23505")))
                .isFalse();
    }

    @Test
    void leavesOtherFailuresAlone() {
        assertThat(DatabaseOutage.isCause(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseOutage.isCause(new SQLException("no state"))).isFalse();
    }
}
