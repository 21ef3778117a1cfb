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
 * Points every test (and the packaged jar in integration tests) at a database of its own on the local
 * PostgreSQL server, creating it when missing, and at the dev-only JWT key. Connection details follow
 * libpq's variables: PGHOST, PGPORT, PGUSER, PGPASSWORD.
 */
@QuarkusTestResource(PostgresDatabase.class)
public class PostgresDatabase implements QuarkusTestResourceLifecycleManager {

    /** REBOUND_TEST_DATABASE lets two checkouts run their tests side by side without sharing a schema. */
    static final String DATABASE = env("REBOUND_TEST_DATABASE", "rebound_test");

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public Map<String, String> start() {
        String server = "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/";
        String user = env("PGUSER", "postgres");
        String password = env("PGPASSWORD", "");
        createDatabaseIfMissing(server + "postgres", user, password);
        return Map.of(
                "quarkus.datasource.jdbc.url", server + DATABASE,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password,
                "mp.jwt.verify.publickey.location", TestTokens.PUBLIC_KEY.toAbsolutePath().toString(),
                "mp.jwt.verify.issuer", TestTokens.ISSUER);
    }

    @Override
    public void stop() {
        // The database is kept: the next run starts from a clean schema (Flyway clean-at-start).
    }

    private static void createDatabaseIfMissing(String url, String user, String password) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
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
