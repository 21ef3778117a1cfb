package dev.rebound.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells the database failures a client should retry (unreachable, a statement past the time limit, a deadlock)
 * from other failures.
 */
final class DatabaseOutage {

    private DatabaseOutage() {}

    /** Whether PostgreSQL cancelled a statement that ran past rebound.database.statement-timeout (SQLState 57014). */
    static boolean isTimeout(Throwable failure) {
        return hasSqlState(failure, Set.of("57014"));
    }

    /** Whether PostgreSQL aborted the work to break a deadlock or a serialization conflict (40P01, 40001). */
    static boolean isContention(Throwable failure) {
        return hasSqlState(failure, Set.of("40P01", "40001"));
    }

    private static boolean hasSqlState(Throwable failure, Set<String> states) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && states.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Whether anything in the cause chain says the database could not be reached or no connection was free. */
    static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            // SQLState class 08 is "connection exception"; 57P01-57P03 are an administrator or crash shutdown.
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            // Agroal's pool says "Sorry, acquisition timeout!" in a plain SQLException with no SQLState.
            if (cause instanceof SQLException sql
                    && sql.getSQLState() == null
                    && sql.getMessage() != null
                    && sql.getMessage().contains("acquisition timeout")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
