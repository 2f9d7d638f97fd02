package io.marsad.enrichment.index;

import io.agroal.api.AgroalDataSource;
import io.marsad.enrichment.HandOffFixtures;
import io.marsad.enrichment.service.ArticleIndexer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article in the intake that cannot be read (as an older version might have stored it) is set
 * aside with its reason and a pause before it is tried again, and the articles leased with it are
 * indexed all the same; on the real PostgreSQL and Elasticsearch.
 */
@QuarkusTest
class UnreadableArticleTest {

    @Inject
    ArticleIndexer indexer;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void anUnreadableArticleDoesNotHoldBackItsBatch() throws Exception {
        String unreadable = HandOffFixtures.newId();
        String readable = HandOffFixtures.newId();
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO article_intake (article_id, payload, received_at) "
                 + "VALUES (?, '[\"not\", \"an\", \"article\"]', now() - interval '1 minute')")) {
            insert.setString(1, unreadable);
            insert.executeUpdate();
        }
        given().auth().oauth2(HandOffFixtures.pipelineToken()).contentType(ContentType.JSON)
            .body(Map.of("articles", List.of(HandOffFixtures.article(readable, "Dockworkers end five-day strike"))))
            .post("/api/articles").then().statusCode(202);

        // the indexing beat may take them first, and then the call finds nothing to lease: wait for the beat's batch
        long deadline = System.nanoTime() + 60_000_000_000L;
        while ((row(readable).indexedAt() == null || row(unreadable).attempts() == 0) && System.nanoTime() < deadline) {
            indexer.indexPending();
            Thread.sleep(200);
        }

        Row bad = row(unreadable);
        assertNull(bad.indexedAt(), "never indexed");
        assertTrue(bad.attempts() >= 1, "its attempt counted");
        assertTrue(bad.lastError().startsWith("unreadable payload"), bad.lastError());
        assertTrue(bad.dueLater(), "tried again only after a pause");
        assertNotNull(row(readable).indexedAt(), "the article leased with it is indexed");
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM article_intake WHERE article_id = ?")) {
            delete.setString(1, unreadable);
            assertEquals(1, delete.executeUpdate());
        }
    }

    private record Row(Object indexedAt, int attempts, String lastError, boolean dueLater) {}

    private Row row(String articleId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(
            "SELECT indexed_at, attempts, last_error, lease_until > now() FROM article_intake WHERE article_id = ?")) {
            query.setString(1, articleId);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), articleId);
                return new Row(rows.getTimestamp(1), rows.getInt(2), rows.getString(3), rows.getBoolean(4));
            }
        }
    }
}
