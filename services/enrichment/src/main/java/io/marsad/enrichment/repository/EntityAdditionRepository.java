package io.marsad.enrichment.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.enrichment.entity.Entity;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Admins' additions to the knowledge base, one row per entity id (its names, aliases and description laid over the bundled entry). */
@ApplicationScoped
public class EntityAdditionRepository {

    /** How far the additions have changed: compared to notice another replica's change. */
    public record Version(long count, Timestamp lastUpdate) {}

    private static final TypeReference<Map<String, String>> NAMES = new TypeReference<>() {};
    private static final TypeReference<Map<String, List<String>>> ALIASES = new TypeReference<>() {};

    private final DataSource dataSource;
    private final ObjectMapper json;

    EntityAdditionRepository(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    public List<Entity> all() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT entity_id, type, names, aliases, description FROM entity_addition ORDER BY created_at, entity_id");
             ResultSet rows = select.executeQuery()) {
            List<Entity> additions = new ArrayList<>();
            while (rows.next()) {
                additions.add(new Entity(rows.getString(1), rows.getString(2), read(rows.getString(3), NAMES), read(rows.getString(4), ALIASES), rows.getString(5)));
            }
            return additions;
        }
    }

    public Optional<Entity> find(String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT entity_id, type, names, aliases, description FROM entity_addition WHERE entity_id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                    ? Optional.of(new Entity(row.getString(1), row.getString(2), read(row.getString(3), NAMES), read(row.getString(4), ALIASES), row.getString(5)))
                    : Optional.empty();
            }
        }
    }

    /** Creates the addition row, or replaces it with the merged entry an admin built from it. */
    public void save(Entity addition, String user) throws SQLException {
        String sql = """
            INSERT INTO entity_addition (entity_id, type, names, aliases, description, created_by, updated_by)
            VALUES (?, ?, ?::jsonb, ?::jsonb, ?, ?, ?)
            ON CONFLICT (entity_id) DO UPDATE SET type = EXCLUDED.type, names = EXCLUDED.names, aliases = EXCLUDED.aliases,
                description = EXCLUDED.description, updated_by = EXCLUDED.updated_by, updated_at = now()""";
        try (Connection c = dataSource.getConnection(); PreparedStatement upsert = c.prepareStatement(sql)) {
            upsert.setString(1, addition.id());
            upsert.setString(2, addition.type());
            upsert.setString(3, write(addition.names()));
            upsert.setString(4, write(addition.aliases()));
            upsert.setString(5, addition.description());
            upsert.setString(6, user);
            upsert.setString(7, user);
            upsert.executeUpdate();
        }
    }

    public Version version() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT count(*), max(updated_at) FROM entity_addition");
             ResultSet row = select.executeQuery()) {
            row.next();
            return new Version(row.getLong(1), row.getTimestamp(2));
        }
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("unreadable knowledge-base addition", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
