package dev.rebound.db;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Lifts the JDBC socket timeout and PostgreSQL's statement_timeout while a migration runs. The datasource's short timeout lets requests fail
 * fast when PostgreSQL goes away, but Flyway shares that datasource, and building an index over millions
 * of rows takes longer than any request should: with the timeout in place such a migration fails halfway
 * and the service never starts.
 */
@Singleton
public class MigrationTimeouts implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.callbacks(new NoSocketTimeoutWhileMigrating());
    }

    static final class NoSocketTimeoutWhileMigrating extends BaseCallback {

        private int requestTimeoutMillis = -1;

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_EACH_MIGRATE
                    || event == Event.AFTER_EACH_MIGRATE
                    || event == Event.AFTER_EACH_MIGRATE_ERROR;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            Connection connection = context.getConnection();
            try {
                if (event == Event.BEFORE_EACH_MIGRATE) {
                    requestTimeoutMillis = connection.getNetworkTimeout();
                    connection.setNetworkTimeout(Runnable::run, 0);
                    execute(connection, "SET statement_timeout = 0");
                } else if (requestTimeoutMillis >= 0) {
                    // The connection goes back to the pool afterwards: give it the requests' timeouts again.
                    connection.setNetworkTimeout(Runnable::run, requestTimeoutMillis);
                    resetStatementTimeout(connection, event);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot change the timeouts for a migration", e);
            }
        }

        /** Back to the connection's own default (the datasource's options), for the requests that use it next. */
        private static void resetStatementTimeout(Connection connection, Event event) throws SQLException {
            try {
                execute(connection, "RESET statement_timeout");
            } catch (SQLException e) {
                // A failed migration's transaction refuses every statement until Flyway rolls it back, which
                // undoes the SET as well.
                if (event != Event.AFTER_EACH_MIGRATE_ERROR) {
                    throw e;
                }
            }
        }

        private static void execute(Connection connection, String sql) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }
}
