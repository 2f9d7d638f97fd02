package io.marsad.enrichment.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import static io.marsad.enrichment.HandOffFixtures.article;
import static io.marsad.enrichment.HandOffFixtures.newId;
import static io.marsad.enrichment.HandOffFixtures.pipelineToken;
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
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Enrichment's side of the article hand-off, on the real PostgreSQL and Keycloak. */
@QuarkusTest
class ArticleIntakeResourceTest {

    @Inject
    DataSource dataSource;

    @Test
    void acceptsValidArticlesAndNamesTheFieldsOfInvalidOnes() throws Exception {
        String good = newId();
        Map<String, Object> bad = article("not-hex", null);
        bad.put("canonicalUrl", "/relative");
        given().auth().oauth2(pipelineToken()).contentType(ContentType.JSON).body(Map.of("articles", List.of(article(good, "بوتين وكيم"), bad)))
            .post("/api/articles")
            .then().statusCode(202)
            .body("accepted", equalTo(List.of(good)))
            .body("rejected", hasSize(1))
            .body("rejected[0].id", equalTo("not-hex"))
            .body("rejected[0].errors.field", equalTo(List.of("canonicalUrl", "id", "title")));
        assertEquals("بوتين وكيم", storedTitle(good));
    }

    @Test
    void aResentIdIsAnUpdateNotADuplicate() throws Exception {
        String id = newId();
        for (String title : List.of("first version", "second version")) {
            given().auth().oauth2(pipelineToken()).contentType(ContentType.JSON).body(Map.of("articles", List.of(article(id, title))))
                .post("/api/articles").then().statusCode(202).body("accepted", hasItem(id));
        }
        assertEquals("second version", storedTitle(id));
        assertEquals(1, count(id));
    }

    @Test
    void onlyServiceAccountsAndAdminsMayHandOff() {
        Map<String, Object> body = Map.of("articles", List.of(article(newId(), "x")));
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).contentType(ContentType.JSON).body(body).post("/api/articles")
            .then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(body).post("/api/articles")
            .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void somethingThatIsNotABatchIsAProblem() {
        given().auth().oauth2(pipelineToken()).contentType(ContentType.JSON).body("{\"articles\": [").post("/api/articles")
            .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("not valid JSON"));
        given().auth().oauth2(pipelineToken()).contentType(ContentType.JSON).body("{}").post("/api/articles")
            .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("articles"));
    }

    /** The records enrichment reads and answers with have exactly the contract's properties. */
    @Test
    void dtosMatchTheContract() throws Exception {
        JsonNode schemas = Contracts.schemas("article-handoff.openapi.yaml");
        assertEquals(Contracts.properties(schemas.path("Article")), Contracts.components(ArticleBatchRequest.Article.class));
        JsonNode receipt = new ObjectMapper().valueToTree(new BatchReceipt(List.of("a"), List.of(new BatchReceipt.Rejected("b", "why",
            List.of(new io.marsad.support.problem.Problem.FieldError("title", "must not be null"))))));
        assertEquals(Contracts.properties(schemas.path("BatchReceipt")), Contracts.names(receipt));
        assertEquals(Contracts.properties(schemas.path("BatchReceipt").path("properties").path("rejected").path("items")),
            Contracts.names(receipt.path("rejected").get(0)));
    }

    private String storedTitle(String id) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT payload::jsonb->>'title' FROM article_intake WHERE article_id = ?")) {
            q.setString(1, id);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private int count(String id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("SELECT count(*) FROM article_intake WHERE article_id = ?")) {
            q.setString(1, id);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
