package dev.rebound.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rebound.support.TestServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.OperationResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A migration that outlasts the datasource's socket timeout, run by plain Flyway against the test server. */
class MigrationTimeoutsTest {

    private static final TestServer SERVER = TestServer.get();
    private static final String USER = SERVER.user();
    private static final String PASSWORD = SERVER.password();
    private static final String POSTGRES = SERVER.jdbcUrl("postgres");
    private static final String SCHEMA = "slow_migration";

    @BeforeEach
    void dropSchema() throws SQLException {
        try (Connection connection = DriverManager.getConnection(POSTGRES, USER, PASSWORD);
                Statement drop = connection.createStatement()) {
            drop.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @Test
    void aMigrationLongerThanTheSocketTimeoutFailsWithoutTheCustomizer() {
        assertThatThrownBy(() -> flyway().load().migrate()).hasStackTraceContaining("timed out");
    }

    @Test
    void withTheCustomizerItCompletes() {
        FluentConfiguration configuration = flyway();
        new MigrationTimeouts().customize(configuration);

        assertThat(configuration.load().migrate().migrationsExecuted).isEqualTo(1);
    }

    @Test
    void theConnectionGetsItsTimeoutBackForTheRequestsThatUseItNext() throws SQLException {
        var callback = new MigrationTimeouts.NoSocketTimeoutWhileMigrating();
        try (Connection connection = DriverManager.getConnection(
                POSTGRES + "?socketTimeout=1&options=-c%20statement_timeout%3D3s", USER, PASSWORD)) {
            Context context = contextOf(connection);

            callback.handle(Event.BEFORE_EACH_MIGRATE, context);
            assertThat(connection.getNetworkTimeout()).isZero();
            assertThat(statementTimeout(connection)).isEqualTo("0");
            callback.handle(Event.AFTER_EACH_MIGRATE_ERROR, context);
            assertThat(connection.getNetworkTimeout()).isEqualTo(1000);
            assertThat(statementTimeout(connection)).isEqualTo("3s");
        }
    }

    private static String statementTimeout(Connection connection) throws SQLException {
        try (Statement show = connection.createStatement();
                java.sql.ResultSet row = show.executeQuery("SHOW statement_timeout")) {
            row.next();
            return row.getString(1);
        }
    }

    private static Context contextOf(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }

            @Override
            public MigrationInfo getMigrationInfo() {
                return null;
            }

            @Override
            public org.flywaydb.core.api.callback.Statement getStatement() {
                return null;
            }

            @Override
            public OperationResult getOperationResult() {
                return null;
            }
        };
    }

    private static FluentConfiguration flyway() {
        return Flyway.configure()
                .dataSource(POSTGRES + "?socketTimeout=1", USER, PASSWORD)
                .schemas(SCHEMA)
                .createSchemas(true)
                .locations("classpath:db/slow-migration");
    }
}
