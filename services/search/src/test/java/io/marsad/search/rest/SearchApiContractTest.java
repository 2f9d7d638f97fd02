package io.marsad.search.rest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.local.testing.Contracts;
import io.marsad.local.testing.Tokens;
import io.marsad.search.model.SearchResult;
import io.marsad.search.service.ArticlePages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Search's (the answering side's) half of docs/contracts/search-articles.openapi.yaml: its records and its live answers. */
@QuarkusTest
class SearchApiContractTest {

    @Inject
    ElasticsearchClient client;

    @BeforeEach
    void index() throws Exception {
        ArticleFixtures.ensureIndexed(client);
    }

    static JsonNode schemas() {
        return Contracts.schemas("search-articles.openapi.yaml");
    }

    @Test
    void theRecordsAreTheContracts() {
        assertEquals(Contracts.properties(schemas().path("ArticlePage")), Contracts.components(ArticlePages.Page.class));
        assertEquals(Contracts.properties(schemas().path("Article")), Contracts.components(SearchResult.Article.class));
        assertEquals(Contracts.properties(schemas().path("SearchRequest")), Contracts.components(SearchRequestBody.class));
        assertEquals(Contracts.properties(schemas().path("SearchResult")), Contracts.components(SearchResult.class));
        assertEquals(Contracts.properties(schemas().path("StoryHit")), Contracts.components(SearchResult.StoryHit.class));
        assertEquals(Contracts.properties(schemas().path("Bucket")), Contracts.components(SearchResult.Bucket.class));
        assertEquals(Contracts.properties(schemas().path("Timeline")), Contracts.components(SearchResult.Timeline.class));
        assertEquals(Contracts.properties(schemas().path("Point")), Contracts.components(SearchResult.Point.class));
    }

    @Test
    void aPageOfArticlesHasTheContractsPropertiesFilled() throws Exception {
        String body = given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).queryParam("q", "kim").queryParam("size", 2)
            .get("/api/search/articles").then().statusCode(200).extract().asString();
        JsonNode page = new ObjectMapper().readTree(body);
        assertEquals(Contracts.properties(schemas().path("ArticlePage")), Contracts.names(page));
        assertFalse(page.path("next").isNull(), "three articles match, two per page: there is a next page");
        for (JsonNode article : page.path("articles")) {
            assertArticle(article);
        }
        assertEquals(2, page.path("articles").size());
    }

    @Test
    void aSearchAnswerHasTheContractsPropertiesFilled() throws Exception {
        String body = given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).contentType(ContentType.JSON)
            .body(Map.of("q", "بوتين", "stories", List.of("s1"), "sort", "date", "size", 10)).post("/api/search")
            .then().statusCode(200).extract().asString();
        JsonNode result = new ObjectMapper().readTree(body);
        assertEquals(Contracts.properties(schemas().path("SearchResult")), Contracts.names(result));
        JsonNode hit = result.path("hits").get(0);
        assertEquals(Contracts.properties(schemas().path("StoryHit")), Contracts.names(hit));
        assertEquals("s1", hit.path("storyId").asText());
        assertEquals(2, hit.path("articlesInStory").asLong());
        assertArticle(hit.path("article"));
        assertFalse(hit.path("highlights").path("body").isEmpty(), "the body's passages are highlighted");
    }

    private static void assertArticle(JsonNode article) {
        JsonNode schema = schemas().path("Article");
        assertEquals(Contracts.properties(schema), Contracts.names(article));
        for (JsonNode required : schema.path("required")) {
            assertFalse(article.path(required.asText()).isNull(), required.asText() + " is required");
        }
    }
}
