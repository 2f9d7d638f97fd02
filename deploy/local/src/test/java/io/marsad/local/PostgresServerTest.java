package io.marsad.local;

import io.marsad.local.process.Ports;
import io.marsad.local.server.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A real PostgreSQL: durable settings, one database per service, data kept across restarts. */
class PostgresServerTest {

    @Test
    void keepsCommittedRowsAcrossRestartsWithDurabilityOn(@TempDir Path dir) throws Exception {
        try (PostgresServer server = PostgresServer.start(dir, Ports.freeLoopbackPort())) {
            server.ensureDatabase("search");
            server.ensureDatabase("search"); // idempotent
            try (Connection db = DriverManager.getConnection(server.jdbcUrl("search"), "postgres", "postgres");
                 Statement sql = db.createStatement()) {
                assertEquals("on", single(sql, "SHOW fsync"));
                assertEquals("on", single(sql, "SHOW synchronous_commit"));
                assertEquals("127.0.0.1", single(sql, "SHOW listen_addresses"));
                sql.execute("CREATE TABLE monitor (name text)");
                sql.execute("INSERT INTO monitor VALUES ('كوريا الشمالية')");
            }
        }
        try (PostgresServer server = PostgresServer.start(dir, Ports.freeLoopbackPort());
             Connection db = DriverManager.getConnection(server.jdbcUrl("search"), "postgres", "postgres");
             Statement sql = db.createStatement()) {
            assertEquals("كوريا الشمالية", single(sql, "SELECT name FROM monitor"));
        }
    }

    @Test
    void refusesDatabaseNamesThatAreNotPlainIdentifiers(@TempDir Path dir) {
        try (PostgresServer server = PostgresServer.start(dir, Ports.freeLoopbackPort())) {
            assertThrows(IllegalArgumentException.class, () -> server.ensureDatabase("x; DROP DATABASE postgres"));
        }
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
