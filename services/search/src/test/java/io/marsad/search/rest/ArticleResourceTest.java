package io.marsad.search.rest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.marsad.local.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** One article whole with its story, on the real Elasticsearch and Keycloak. */
@QuarkusTest
class ArticleResourceTest {

    @Inject
    ElasticsearchClient client;

    @BeforeEach
    void index() throws Exception {
        ArticleFixtures.ensureIndexed(client);
    }

    @Test
    void anArticleWholeWithItsStoryInPublicationOrder() {
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).get("/api/articles/a2").then().statusCode(200)
            .body("id", equalTo("a2")).body("storyId", equalTo("s1")).body("language", equalTo("ar"))
            .body("title", equalTo("قمة روسية كورية في فوستوتشني")).body("body", containsString("فلاديمير بوتين"))
            .body("persons", equalTo(List.of("Vladimir Putin", "Kim Jong Un")))
            .body("story.id", equalTo(List.of("a1", "a2"))).body("story.source", equalTo(List.of("Sky News Arabia", "Al Arabiya")));
    }

    @Test
    void anUnknownArticleIsNotFoundAndAnonymousCallersAreRefused() {
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).get("/api/articles/no-such-article").then().statusCode(404)
            .contentType("application/problem+json");
        given().get("/api/articles/a1").then().statusCode(401);
        given().auth().oauth2(Tokens.pipelineToken()).get("/api/articles/a1").then().statusCode(403);
    }
}
