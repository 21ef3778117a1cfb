package dev.rebound.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Plain JDBC reads for the read models: a statement with positional parameters, its rows mapped straight
 * to API records. Outside a transaction each read runs on an autocommit connection that goes back to the
 * pool at once; inside one, the pool hands out the transaction's own connection.
 */
public final class JdbcReads {

    private JdbcReads() {}

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    public static <T> List<T> list(DataSource dataSource, String sql, List<?> parameters, RowMapper<T> mapper) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            List<T> values = new ArrayList<>();
            while (rows.next()) {
                values.add(mapper.map(rows));
            }
            return values;
        } catch (SQLException e) {
            // DatabaseOutage finds the SQLException among the causes and answers 503 when the database is away.
            throw new IllegalStateException("A read from the database failed", e);
        }
    }

    /** The first column of a statement that returns one row, such as {@code SELECT count(*)}. */
    public static long count(DataSource dataSource, String sql, List<?> parameters) {
        return list(dataSource, sql, parameters, row -> row.getLong(1)).get(0);
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<?> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }
}
