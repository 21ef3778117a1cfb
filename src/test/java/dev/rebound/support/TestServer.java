package dev.rebound.support;

import dev.rebound.db.local.LocalPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL server the tests use: the one libpq's variables name (PGHOST, PGPORT, PGUSER, PGPASSWORD;
 * 127.0.0.1:5432 and user postgres by default) when it answers, else an embedded PostgreSQL 15 started once
 * for this JVM, in a fresh data directory under target/, and stopped when the JVM ends.
 */
public record TestServer(String host, int port, String user, String password) {

    /** This JVM's embedded server, kept where every Quarkus restart (each with new class loaders) finds it. */
    private static final String EMBEDDED_PORT = "rebound-tests.embedded-postgres-port";

    public static synchronized TestServer get() {
        String host = env("PGHOST", "127.0.0.1");
        int port = Integer.parseInt(env("PGPORT", "5432"));
        String embedded = System.getProperty(EMBEDDED_PORT);
        if (embedded != null) {
            return new TestServer("localhost", Integer.parseInt(embedded), LocalPostgres.USER, "");
        }
        if (LocalPostgres.answers(host, port)) {
            return new TestServer(host, port, env("PGUSER", "postgres"), env("PGPASSWORD", ""));
        }
        if (LocalPostgres.runningAsRoot()) {
            throw new IllegalStateException(
                    "No PostgreSQL answers on " + host + ":" + port + ", and " + LocalPostgres.AS_ROOT);
        }
        LocalPostgres server = LocalPostgres.start(freshDirectory(), true);
        System.setProperty(EMBEDDED_PORT, Integer.toString(server.port()));
        System.out.printf(
                "Nothing answers on %s:%d, so the tests use an embedded PostgreSQL 15 on port %d with its data in %s%n",
                host, port, server.port(), server.dataDirectory());
        return new TestServer("localhost", server.port(), LocalPostgres.USER, "");
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The JDBC URL of a database on this server, created first when missing. */
    public String database(String name) {
        String url = jdbcUrl("postgres");
        try (Connection connection = DriverManager.getConnection(url, user, password);
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet found = exists.executeQuery()) {
                if (!found.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("CREATE DATABASE " + name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot prepare the test database " + name + " on " + url + ": " + e.getMessage(), e);
        }
        return jdbcUrl(name);
    }

    private static Path freshDirectory() {
        try {
            Path target = Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(target, "test-postgres-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
