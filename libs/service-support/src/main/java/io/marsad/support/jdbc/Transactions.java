package io.marsad.support.jdbc;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Runs JDBC work in one transaction: committed when it returns, rolled back when it throws. */
public final class Transactions {

    /** Work on a connection whose transaction the caller commits or rolls back. */
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Work without a result. */
    public interface VoidWork {
        void run(Connection connection) throws SQLException;
    }

    private Transactions() {}

    public static <T> T call(DataSource dataSource, Work<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    public static void run(DataSource dataSource, VoidWork work) throws SQLException {
        call(dataSource, c -> {
            work.run(c);
            return null;
        });
    }
}
