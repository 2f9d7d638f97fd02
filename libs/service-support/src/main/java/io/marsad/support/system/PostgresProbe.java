package io.marsad.support.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/** The service's own PostgreSQL database: server version and the Flyway schema version. */
@ApplicationScoped
public class PostgresProbe implements DependencyProbe {

    private final Instance<DataSource> dataSource;

    PostgresProbe(Instance<DataSource> dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<DependencyStatus> probe() {
        if (!dataSource.isResolvable()) {
            return Optional.empty();
        }
        try (Connection connection = dataSource.get().getConnection(); Statement sql = connection.createStatement()) {
            String version = single(sql, "SHOW server_version");
            String schema = connection.getMetaData().getTables(null, null, "flyway_schema_history", null).next()
                ? "schema version " + single(sql, "SELECT max(version) FROM flyway_schema_history WHERE success")
                : "no migrations applied";
            return Optional.of(DependencyStatus.up("PostgreSQL", version, "database " + connection.getCatalog() + ", " + schema));
        } catch (SQLException e) {
            return Optional.of(DependencyStatus.down("PostgreSQL", e));
        }
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
