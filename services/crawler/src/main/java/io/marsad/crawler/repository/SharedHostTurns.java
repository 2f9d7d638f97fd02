package io.marsad.crawler.repository;

import io.marsad.crawler.fetch.HostTurns;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Host turns in PostgreSQL, so that every crawler replica paces a host together: a turn is a row
 * claimed by one upsert (the row lock serialises replicas asking at the same moment), given back
 * with the pause, and lapses by itself if its holder dies.
 */
@ApplicationScoped
public class SharedHostTurns implements HostTurns {

    /** While another replica's request is in progress, ask again this soon: it may end any moment. */
    static final Duration HELD_RECHECK = Duration.ofMillis(100);

    private final DataSource dataSource;

    SharedHostTurns(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Claim claim(String host, String holder, Duration lease) {
        String claim = """
            INSERT INTO host_turn AS t (host, holder, held_until)
            VALUES (?, ?, clock_timestamp() + make_interval(secs => ?))
            ON CONFLICT (host) DO UPDATE SET holder = excluded.holder, held_until = excluded.held_until
            WHERE t.next_allowed <= clock_timestamp() AND (t.holder IS NULL OR t.held_until < clock_timestamp())
            RETURNING holder""";
        String state = """
            SELECT holder IS NOT NULL AND held_until > clock_timestamp(),
                   extract(epoch FROM greatest(next_allowed - clock_timestamp(), interval '0'))
            FROM host_turn WHERE host = ?""";
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(claim)) {
                s.setString(1, host);
                s.setString(2, holder);
                s.setDouble(3, seconds(lease));
                try (ResultSet rows = s.executeQuery()) {
                    if (rows.next()) {
                        return Claim.grant();
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(state)) {
                s.setString(1, host);
                try (ResultSet rows = s.executeQuery()) {
                    if (!rows.next()) {
                        return Claim.notBefore(Duration.ZERO); // removed meanwhile: ask again
                    }
                    Duration pause = ofSeconds(rows.getDouble(2));
                    boolean held = rows.getBoolean(1);
                    return Claim.notBefore(held && pause.compareTo(HELD_RECHECK) < 0 ? HELD_RECHECK : pause);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("host turns unavailable: " + e.getMessage(), e);
        }
    }

    @Override
    public void release(String host, String holder, Duration pause) {
        update("""
            UPDATE host_turn SET holder = NULL, held_until = NULL,
                next_allowed = greatest(next_allowed, clock_timestamp() + make_interval(secs => ?))
            WHERE host = ? AND holder = ?""", seconds(pause), host, holder);
    }

    @Override
    public void backOff(String host, Duration duration) {
        update("""
            INSERT INTO host_turn AS t (host, next_allowed) VALUES (?, clock_timestamp() + make_interval(secs => ?))
            ON CONFLICT (host) DO UPDATE SET next_allowed = greatest(t.next_allowed, excluded.next_allowed)""", host, seconds(duration));
    }

    @Override
    public Duration waitFor(String host) {
        String sql = "SELECT extract(epoch FROM greatest(next_allowed - clock_timestamp(), interval '0')) FROM host_turn WHERE host = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, host);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? ofSeconds(rows.getDouble(1)) : Duration.ZERO;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("host turns unavailable: " + e.getMessage(), e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("host turns unavailable: " + e.getMessage(), e);
        }
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static Duration ofSeconds(double seconds) {
        return Duration.ofNanos((long) (seconds * 1e9));
    }
}
