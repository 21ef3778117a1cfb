package dev.rebound.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.rebound.support.Api;
import dev.rebound.support.ConfigOverrides;
import dev.rebound.support.Samples;
import dev.rebound.support.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A statement that runs past rebound.database.statement-timeout is cancelled by PostgreSQL itself, and the
 * request gets a 503 problem with Retry-After. The slow statement here is a real one: a change that waits for a
 * row lock another session holds.
 */
@QuarkusTest
@TestProfile(StatementTimeoutTest.TwoSeconds.class)
class StatementTimeoutTest {

    public static class TwoSeconds extends ConfigOverrides {
        public TwoSeconds() {
            super("rebound.database.statement-timeout", "2s");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aStatementPastTheLimitIsCancelledInPostgresAndAnswered503() throws SQLException {
        String owner = TestTokens.newOwner();
        String id = Api.as(owner)
                .contentType("application/json")
                .body(Samples.minimal())
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        try (Connection holder = dataSource.getConnection();
                Statement statement = holder.createStatement()) {
            holder.setAutoCommit(false);
            statement.execute("SET LOCAL statement_timeout = 0");
            statement.execute("SELECT 1 FROM rejection WHERE id = '" + UUID.fromString(id) + "' FOR UPDATE");

            Api.as(owner)
                    .contentType("application/merge-patch+json")
                    .body("{\"notes\":\"waits for the lock\"}")
                    .when()
                    .patch("/v1/rejections/" + id)
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("5"))
                    .body("type", endsWith("/service-unavailable"));
            assertThat(waitingForLocks(holder))
                    .as("cancelled in PostgreSQL, not left waiting")
                    .isZero();
            holder.rollback();
        }
        Api.as(owner)
                .when()
                .get("/v1/rejections/" + id)
                .then()
                .statusCode(200)
                .body("version", equalTo(0))
                .body("notes", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void theLimitIsSetOnEveryConnection() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SHOW statement_timeout")) {
            row.next();
            assertThat(row.getString(1)).isEqualTo("2s");
        }
    }

    /** Sessions of this database other than the one asking that wait for a lock right now. */
    private static int waitingForLocks(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM pg_stat_activity"
                                + " WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }
}
