package io.marsad.enrichment.repository;

import io.agroal.api.AgroalDataSource;
import io.marsad.support.jdbc.LeaseKeeper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A batch being indexed keeps its lease however long it takes, on the real PostgreSQL, while rows
 * the indexer no longer holds (given back for a retry, or another owner's) are left as they are;
 * once the batch is done the lease is no longer renewed, so a crashed indexer's rows come back. The keeper
 * is also tried on rows keyed by number, as the crawler's frontier and alerting's deliveries are.
 */
@QuarkusTest
class IndexingLeaseTest {

    private static final Duration LEASE = Duration.ofMillis(1500);

    @Inject
    IndexingRepository queue;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void aBatchKeepsItsLeaseWhileItIsWorkedOnAndOnlyThen() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String owner = "indexer-" + run;
        String kept = run + "-kept";
        String givenBack = run + "-given-back";
        String others = run + "-others";
        insertLeased(kept, owner);
        insertLeased(givenBack, owner);
        insertLeased(others, "another-indexer-" + run);

        try (var held = queue.keepLeased(owner, List.of(kept, givenBack, others), LEASE)) {
            execute("UPDATE article_intake SET lease_owner = NULL, lease_until = now() - interval '1 hour' WHERE article_id = ?", givenBack);
            Thread.sleep(LEASE.multipliedBy(2).toMillis());
            assertTrue(leased(kept), "renewed past the lease it was taken with");
            assertFalse(leased(givenBack), "a row given back is not taken again by the renewal");
            assertFalse(leased(others), "another owner's row is not renewed");
            assertFalse(queue.lease("indexer-elsewhere-" + run, 10_000, LEASE).stream().anyMatch(row -> row.articleId().equals(kept)),
                "no other indexer can take a row being worked on");
        }
        Thread.sleep(LEASE.multipliedBy(2).toMillis());
        assertFalse(leased(kept), "after the batch, the lease runs out: what a crashed indexer held comes back");
        execute("DELETE FROM article_intake WHERE article_id LIKE ?", run + "-%");
    }

    @Test
    void numberedRowsAreKeptLeasedToo() throws Exception {
        // the crawler's frontier and alerting's deliveries are keyed by bigint, not text
        String table = "lease_probe_" + UUID.randomUUID().toString().substring(0, 8);
        execute("CREATE TABLE " + table + " (id BIGINT PRIMARY KEY, lease_owner TEXT, lease_until TIMESTAMPTZ)");
        try {
            execute("INSERT INTO " + table + " VALUES (1, 'worker', now() + interval '1 second'), (2, 'worker', now() + interval '1 second')");
            LeaseKeeper keeper = new LeaseKeeper(dataSource, table, "id", "bigint");
            try (var held = keeper.hold("worker", List.of(1L), LEASE)) {
                Thread.sleep(LEASE.multipliedBy(2).toMillis());
                assertTrue(stillLeased(table, 1), "the row held is renewed");
                assertFalse(stillLeased(table, 2), "the row not held runs out");
            }
        } finally {
            execute("DROP TABLE " + table);
        }
    }

    private boolean stillLeased(String table, long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement("SELECT lease_until > now() FROM " + table + " WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                return row.getBoolean(1);
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    private void insertLeased(String articleId, String owner) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
            "INSERT INTO article_intake (article_id, payload, lease_owner, lease_until) VALUES (?, '{}', ?, now() + make_interval(secs => ?))")) {
            insert.setString(1, articleId);
            insert.setString(2, owner);
            insert.setDouble(3, LEASE.toMillis() / 1000.0);
            insert.executeUpdate();
        }
    }

    private boolean leased(String articleId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement("SELECT lease_until > now() FROM article_intake WHERE article_id = ?")) {
            query.setString(1, articleId);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), articleId);
                return row.getBoolean(1);
            }
        }
    }

    private void execute(String sql, String parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, parameter);
            statement.executeUpdate();
        }
    }
}
