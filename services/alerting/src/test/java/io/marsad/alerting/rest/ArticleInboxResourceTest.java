package io.marsad.alerting.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.marsad.local.testing.Contracts;
import io.marsad.local.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static io.marsad.alerting.InboxFixtures.article;
import static io.marsad.alerting.InboxFixtures.newId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Alerting's (the receiver's) side of docs/contracts/enriched-articles.openapi.yaml, on the real PostgreSQL and Keycloak. */
@QuarkusTest
class ArticleInboxResourceTest {

    @Inject
    DataSource dataSource;

    static JsonNode schemas() {
        return Contracts.schemas("enriched-articles.openapi.yaml");
    }

    @Test
    void theRecordsAreTheContracts() throws Exception {
        JsonNode schema = schemas().path("EnrichedArticle");
        assertEquals(Contracts.properties(schema), Contracts.components(EnrichedArticleBatchRequest.EnrichedArticle.class));
        assertEquals(Contracts.properties(schemas().path("BatchReceipt")), Contracts.components(BatchReceipt.class));
        assertEquals(new TreeSet<>(article(newId(), "2026-11-25T08:00:00Z", "t").keySet()), Contracts.properties(schema), "the test article is complete");
    }

    @Test
    void acceptsValidArticlesAndNamesTheFieldsOfInvalidOnes() throws Exception {
        String good = newId();
        Map<String, Object> bad = article("not-hex", "2026-11-25T08:00:00Z", null);
        bad.remove("keywords");
        given().auth().oauth2(Tokens.pipelineToken()).contentType(ContentType.JSON)
            .body(Map.of("articles", List.of(article(good, "2026-11-25T08:00:00Z", "بوتين وكيم"), bad)))
            .post("/api/articles")
            .then().statusCode(202)
            .body("accepted", equalTo(List.of(good)))
            .body("rejected", hasSize(1))
            .body("rejected[0].id", equalTo("not-hex"))
            .body("rejected[0].errors.field", equalTo(List.of("id", "keywords", "title")));
        assertEquals("بوتين وكيم", storedTitle(good));
        assertEquals(List.of(), storedLanguageCopies(good), "the inbox keeps the Arabic text once, without the index's title_ar/body_ar");
    }

    @Test
    void aResentArticleReplacesAnOlderVersionNeverANewerOne() throws Exception {
        String id = newId();
        send(article(id, "2026-11-25T08:00:00Z", "first version"));
        send(article(id, "2026-11-25T09:00:00Z", "second version"));
        assertEquals("second version", storedTitle(id));
        send(article(id, "2026-11-25T08:30:00Z", "a late retry of an older version"));
        assertEquals("second version", storedTitle(id), "an older version does not overwrite a newer one");
        send(article(id, "2026-11-25T09:00:00Z", "second version"));
        assertEquals(1, rows(id), "one row per article id");
    }

    @Test
    void onlyServiceAccountsAndAdminsHandArticlesIn() {
        Map<String, Object> batch = Map.of("articles", List.of(article(newId(), "2026-11-25T08:00:00Z", "t")));
        given().contentType(ContentType.JSON).body(batch).post("/api/articles").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).contentType(ContentType.JSON).body(batch).post("/api/articles")
            .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.pipelineToken()).contentType(ContentType.JSON).body("{\"articles\": [").post("/api/articles")
            .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.pipelineToken()).contentType(ContentType.JSON).body("{}").post("/api/articles")
            .then().statusCode(400).contentType("application/problem+json");
    }

    private void send(Map<String, Object> article) {
        given().auth().oauth2(Tokens.pipelineToken()).contentType(ContentType.JSON).body(Map.of("articles", List.of(article)))
            .post("/api/articles").then().statusCode(202).body("accepted", equalTo(List.of(article.get("id"))));
    }

    private String storedTitle(String id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement("SELECT payload->>'title' FROM article_inbox WHERE article_id = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private List<String> storedLanguageCopies(String id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(
            "SELECT name FROM article_inbox, jsonb_object_keys(payload) AS name WHERE article_id = ? AND name ~ '^(title|body)_'")) {
            query.setString(1, id);
            List<String> names = new java.util.ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    names.add(row.getString(1));
                }
            }
            return names;
        }
    }

    private int rows(String id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement("SELECT count(*) FROM article_inbox WHERE article_id = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
