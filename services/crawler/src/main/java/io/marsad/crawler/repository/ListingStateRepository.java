package io.marsad.crawler.repository;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** ETag and Last-Modified of each feed and sitemap, for conditional GET. */
@ApplicationScoped
public class ListingStateRepository {

    public record Validators(String etag, String lastModified) {}

    private final DataSource dataSource;

    ListingStateRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Validators> validators(String url) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement("SELECT etag, last_modified FROM listing_state WHERE url = ?")) {
            query.setString(1, url);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new Validators(rows.getString(1), rows.getString(2))) : Optional.empty();
            }
        }
    }

    public void save(String url, Long sourceId, String etag, String lastModified) throws SQLException {
        String sql = """
            INSERT INTO listing_state (url, source_id, etag, last_modified, last_fetch_at) VALUES (?, ?, ?, ?, now())
            ON CONFLICT (url) DO UPDATE SET etag = EXCLUDED.etag, last_modified = EXCLUDED.last_modified, last_fetch_at = now()""";
        try (Connection c = dataSource.getConnection(); PreparedStatement upsert = c.prepareStatement(sql)) {
            upsert.setString(1, url);
            FrontierRepository.setLong(upsert, 2, sourceId);
            upsert.setString(3, etag);
            upsert.setString(4, lastModified);
            upsert.executeUpdate();
        }
    }
}
