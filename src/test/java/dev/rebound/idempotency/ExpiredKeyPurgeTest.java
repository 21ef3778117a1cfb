package dev.rebound.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rebound.support.Api;
import dev.rebound.support.Samples;
import dev.rebound.support.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Expired idempotency keys go in the background, in batches; a request only ever clears its own key. */
@QuarkusTest
class ExpiredKeyPurgeTest {

    @Inject
    ExpiredKeyPurge purge;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void purgesEveryExpiredKeyInBatchesAndKeepsTheRest() throws SQLException {
        String owner = "purge-" + UUID.randomUUID();
        int expired = ExpiredKeyPurge.BATCH * 2 + 7;
        insertKeys(owner, "old", expired, "now() - interval '25 hours'");
        insertKeys(owner, "fresh", 3, "now() - interval '23 hours'");

        assertThat(purge.purge()).isGreaterThanOrEqualTo(expired);

        assertThat(count(owner, "old-%")).isZero();
        assertThat(count(owner, "fresh-%")).isEqualTo(3);
    }

    @Test
    void aRequestLeavesOtherOwnersExpiredKeysToThePurge() throws SQLException {
        String someoneElse = "purge-" + UUID.randomUUID();
        insertKeys(someoneElse, "old", 2, "now() - interval '25 hours'");

        Api.as(TestTokens.newOwner())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json")
                .body(Samples.minimal())
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(201);

        assertThat(count(someoneElse, "old-%")).isEqualTo(2);
    }

    @Test
    void anExpiredKeyOfTheOwnerIsFreeAgain() throws SQLException {
        String owner = TestTokens.newOwner();
        String key = "reused-" + UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO idempotency_key (owner_id,"
                        + " idempotency_key, fingerprint, completed, response_status, created_at)"
                        + " VALUES (?, ?, 'another request', true, 201, now() - interval '25 hours')")) {
            insert.setString(1, owner);
            insert.setString(2, key);
            insert.executeUpdate();
        }

        Api.as(owner)
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(Samples.minimal())
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
    }

    private void insertKeys(String owner, String prefix, int count, String createdAt) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO idempotency_key (owner_id,"
                        + " idempotency_key, fingerprint, created_at) SELECT ?, ? || '-' || n, 'f', " + createdAt
                        + " FROM generate_series(1, ?) AS n")) {
            insert.setString(1, owner);
            insert.setString(2, prefix);
            insert.setInt(3, count);
            insert.executeUpdate();
        }
    }

    private int count(String owner, String pattern) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM idempotency_key WHERE owner_id = ? AND idempotency_key LIKE ?")) {
            query.setString(1, owner);
            query.setString(2, pattern);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
