package dev.rebound.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGStatement;

/**
 * Plain JDBC statements that answer with rows, mapped straight to API records: the read models' queries, and
 * writes that return what they found. Positional parameters only. Outside a transaction each statement runs on
 * an autocommit connection that goes back to the pool at once; inside one, the pool hands out the
 * transaction's own connection.
 */
public final class JdbcQueries {

    private JdbcQueries() {}

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /**
     * How PostgreSQL plans a statement. A cached plan saves planning on simple lookups; a statement whose best
     * plan depends on its values (how many rows an owner, a filter or a search term matches) is planned for
     * them each time, since a generic plan guesses those and may pick a sort over an index scan.
     */
    public enum Plan {
        CACHED,
        FOR_EACH_EXECUTION
    }

    /** The rows of a statement whose plan PostgreSQL may keep. */
    public static <T> List<T> list(DataSource dataSource, String sql, List<?> parameters, RowMapper<T> mapper) {
        return list(dataSource, sql, parameters, mapper, Plan.CACHED);
    }

    public static <T> List<T> list(
            DataSource dataSource, String sql, List<?> parameters, RowMapper<T> mapper, Plan plan) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters, plan);
                ResultSet rows = statement.executeQuery()) {
            List<T> values = new ArrayList<>();
            while (rows.next()) {
                values.add(mapper.map(rows));
            }
            return values;
        } catch (SQLException e) {
            // DatabaseOutage finds the SQLException among the causes and answers 503 when the database is away.
            throw new IllegalStateException("A statement failed in the database", e);
        }
    }

    /**
     * Runs one statement that answers no rows once per parameter list, as a JDBC batch: pgjdbc sends them
     * without waiting for each answer, so many rows cost about one round trip.
     */
    public static void batch(DataSource dataSource, String sql, List<? extends List<?>> parameterLists) {
        if (parameterLists.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (List<?> parameters : parameterLists) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("A batch of statements failed in the database", e);
        }
    }

    /** The first column of a statement that returns one row, such as {@code SELECT count(*)}. */
    public static long count(DataSource dataSource, String sql, List<?> parameters, Plan plan) {
        return list(dataSource, sql, parameters, row -> row.getLong(1), plan).get(0);
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<?> parameters, Plan plan)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        if (plan == Plan.FOR_EACH_EXECUTION) {
            // pgjdbc never turns the statement into a named server-side one, so PostgreSQL plans every execution.
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }
}
