package dev.rebound.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Points every test (and the packaged jar in integration tests) at a database of its own on the test server
 * ({@link TestServer}: the local PostgreSQL, or an embedded one where none answers), creating it when
 * missing, and at the dev-only JWT key.
 */
@QuarkusTestResource(PostgresDatabase.class)
public class PostgresDatabase implements QuarkusTestResourceLifecycleManager {

    /** REBOUND_TEST_DATABASE lets two checkouts run their tests side by side without sharing a schema. */
    static final String DATABASE = TestServer.env("REBOUND_TEST_DATABASE", "rebound_test");

    @Override
    public Map<String, String> start() {
        TestServer server = TestServer.get();
        createDatabaseIfMissing(server);
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(DATABASE),
                "quarkus.datasource.username", server.user(),
                "quarkus.datasource.password", server.password(),
                "mp.jwt.verify.publickey.location", TestTokens.PUBLIC_KEY.toAbsolutePath().toString(),
                "mp.jwt.verify.issuer", TestTokens.ISSUER);
    }

    @Override
    public void stop() {
        // The database is kept: the next run starts from a clean schema (Flyway clean-at-start).
    }

    private static void createDatabaseIfMissing(TestServer server) {
        String url = server.jdbcUrl("postgres");
        try (Connection connection = DriverManager.getConnection(url, server.user(), server.password());
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet found = exists.executeQuery()) {
                if (found.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the test database on " + url
                    + ": is PostgreSQL running? (" + e.getMessage() + ")", e);
        }
    }
}
