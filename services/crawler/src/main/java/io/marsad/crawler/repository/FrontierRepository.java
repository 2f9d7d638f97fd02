package io.marsad.crawler.repository;

import io.marsad.support.jdbc.LeaseKeeper;
import io.marsad.support.jdbc.Leases;
import io.marsad.crawler.parse.DiscoveredLink;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The URL frontier in PostgreSQL. Due URLs are leased with {@code FOR UPDATE SKIP LOCKED}, so any
 * number of crawler replicas share one database without two of them taking the same URL; a lease
 * that is not completed (crash) expires and the URL becomes due again.
 */
@ApplicationScoped
public class FrontierRepository {

    /** A URL this worker holds until {@code leaseUntil}. */
    public record LeasedUrl(long id, String url, Long sourceId, int attempts) {}

    private final DataSource dataSource;
    private final LeaseKeeper leases;

    FrontierRepository(DataSource dataSource) {
        this.dataSource = dataSource;
        this.leases = new LeaseKeeper(dataSource, "crawl_url", "id", "bigint");
    }

    /** Adds URLs not seen before (already normalised); returns how many were new. */
    public int addDiscovered(Long sourceId, List<DiscoveredLink> links, Map<String, String> hostByUrl) throws SQLException {
        String sql = "INSERT INTO crawl_url (url, host, source_id, listing_title, listing_published_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (url) DO NOTHING";
        int added = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(sql)) {
            for (DiscoveredLink link : links) {
                insert.setString(1, link.url());
                insert.setString(2, hostByUrl.get(link.url()));
                setLong(insert, 3, sourceId);
                insert.setString(4, link.title() == null ? null : truncate(link.title(), 1000));
                insert.setTimestamp(5, link.publishedAt() == null ? null : Timestamp.from(link.publishedAt()));
                added += insert.executeUpdate();
            }
        }
        return added;
    }

    /**
     * Due URLs, newest first (by the listing's publication time, else by when they were found): a
     * story published a minute ago is fetched before a backlog of older ones, which is what a news
     * monitor is for; the backlog still drains, as new stories come one at a time.
     */
    public List<LeasedUrl> lease(String owner, int max, Duration lease) throws SQLException {
        String sql = """
            UPDATE crawl_url SET lease_owner = ?, lease_until = now() + make_interval(secs => ?)
            WHERE id IN (
                SELECT id FROM crawl_url
                WHERE status = 'discovered' AND next_fetch_at <= now() AND (lease_until IS NULL OR lease_until < now())
                ORDER BY coalesce(listing_published_at, discovered_at) DESC, id
                LIMIT ?
                FOR UPDATE SKIP LOCKED)
            RETURNING id, url, source_id, attempts""";
        List<LeasedUrl> leased = new ArrayList<>(Leases.lease(dataSource, sql, owner, lease, max, row -> {
            long sourceId = row.getLong(3);
            return new LeasedUrl(row.getLong(1), row.getString(2), row.wasNull() ? null : sourceId, row.getInt(4));
        }));
        leased.sort(java.util.Comparator.comparingLong(LeasedUrl::id));
        return leased;
    }

    /** Keeps the URLs leased while a pass fetches them: a pass paced by slow hosts may outlast the lease. */
    public LeaseKeeper.Held keepLeased(String owner, Collection<Long> ids, Duration lease) {
        return leases.hold(owner, ids, lease);
    }

    /** Final states: the URL leaves the frontier's due set. */
    public void finish(long id, String status, Integer httpStatus, String error, String redirectedTo) throws SQLException {
        finish(id, status, httpStatus, error, redirectedTo, null);
    }

    /** Done, with the confidence of the page's extracted text (null when it was not extracted). */
    public void finish(long id, String status, Integer httpStatus, String error, String redirectedTo, Double extractionConfidence) throws SQLException {
        String sql = "UPDATE crawl_url SET status = ?, attempts = attempts + 1, fetched_at = now(), http_status = ?, last_error = ?, "
            + "redirected_to = ?, extraction_confidence = ?, lease_owner = NULL, lease_until = NULL WHERE id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(sql)) {
            update.setString(1, status);
            setInt(update, 2, httpStatus);
            update.setString(3, error == null ? null : truncate(error, 2000));
            update.setString(4, redirectedTo);
            if (extractionConfidence == null) {
                update.setNull(5, java.sql.Types.REAL);
            } else {
                update.setFloat(5, extractionConfidence.floatValue());
            }
            update.setLong(6, id);
            update.executeUpdate();
        }
    }

    /** Due again at {@code at}; {@code countsAsAttempt} is false for a host's back-off, true for a transient failure. */
    public void retryAt(long id, Instant at, boolean countsAsAttempt, String error) throws SQLException {
        String sql = "UPDATE crawl_url SET next_fetch_at = ?, attempts = attempts + ?, last_error = ?, lease_owner = NULL, lease_until = NULL WHERE id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(sql)) {
            update.setTimestamp(1, Timestamp.from(at));
            update.setInt(2, countsAsAttempt ? 1 : 0);
            update.setString(3, error == null ? null : truncate(error, 2000));
            update.setLong(4, id);
            update.executeUpdate();
        }
    }

    /**
     * Per source, over the last 24 hours: article pages fetched, and pages whose text was not found
     * or is doubtful (extraction confidence below {@link io.marsad.crawler.extract.Extraction#DOUBTFUL}).
     * Sources with neither are absent.
     */
    public Map<Long, LastDay> lastDay(java.util.Collection<Long> sourceIds) throws SQLException {
        Map<Long, LastDay> counts = new java.util.HashMap<>();
        if (sourceIds.isEmpty()) {
            return counts;
        }
        String sql = "SELECT source_id, count(*) FILTER (WHERE status = 'fetched'), count(*) FILTER (WHERE extraction_confidence < ?) "
            + "FROM crawl_url WHERE fetched_at > now() - interval '24 hours' AND source_id = ANY (?) GROUP BY source_id";
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(sql)) {
            query.setDouble(1, io.marsad.crawler.extract.Extraction.DOUBTFUL);
            query.setArray(2, c.createArrayOf("bigint", sourceIds.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getLong(1), new LastDay(rows.getInt(2), rows.getInt(3)));
                }
            }
        }
        return counts;
    }

    /** A source's last 24 hours: article pages fetched, and pages without article text or with doubtful text. */
    public record LastDay(int articles, int doubtfulPages) {
        public static final LastDay NONE = new LastDay(0, 0);
    }

    /**
     * How far each source's latest round has got: whether its listings are being read now (a
     * replica holds its poll lease), and the article URLs its current or last listing poll found
     * (discovered since {@code poll_started_at}) by whether they are still waiting, were fetched, or
     * ended otherwise (failed, disallowed by robots.txt, blocked, redirected).
     */
    public Map<Long, RoundCounts> rounds(java.util.Collection<Long> sourceIds) throws SQLException {
        Map<Long, RoundCounts> rounds = new java.util.HashMap<>();
        if (sourceIds.isEmpty()) {
            return rounds;
        }
        String sql = """
            SELECT s.id, s.poll_lease_owner IS NOT NULL AND s.poll_lease_until > now(),
                   count(u.id) FILTER (WHERE u.status = 'discovered'), count(u.id) FILTER (WHERE u.status = 'fetched'),
                   count(u.id) FILTER (WHERE u.status NOT IN ('discovered', 'fetched'))
            FROM source s LEFT JOIN crawl_url u ON u.source_id = s.id AND u.discovered_at >= s.poll_started_at
            WHERE s.id = ANY (?)
            GROUP BY s.id""";
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(sql)) {
            query.setArray(1, c.createArrayOf("bigint", sourceIds.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    rounds.put(rows.getLong(1), new RoundCounts(rows.getBoolean(2), rows.getInt(3), rows.getInt(4), rows.getInt(5)));
                }
            }
        }
        return rounds;
    }

    /** Whether the listings are being read now, and the round's article URLs: still to fetch, fetched, and ended otherwise. */
    public record RoundCounts(boolean listing, int waiting, int fetched, int other) {
        public static final RoundCounts NONE = new RoundCounts(false, 0, 0, 0);
    }

    /** URL counts by status, for tests and the source health view. */
    public Map<String, Integer> countByStatus(Long sourceId) throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement("SELECT status, count(*) FROM crawl_url WHERE source_id = ? GROUP BY status")) {
            setLong(query, 1, sourceId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return counts;
    }

    static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, java.sql.Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    static void setInt(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, java.sql.Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
