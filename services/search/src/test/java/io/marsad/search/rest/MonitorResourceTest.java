package io.marsad.search.rest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.marsad.local.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Monitors on the real PostgreSQL, Keycloak and Elasticsearch: each user's own, admins' overview, results, bad input. */
@QuarkusTest
class MonitorResourceTest {

    @Inject
    ElasticsearchClient client;

    @BeforeEach
    void index() throws Exception {
        ArticleFixtures.ensureIndexed(client);
    }

    static String token(String user) {
        return Tokens.accessToken(user);
    }

    static int create(String user, String name, String query, List<String> languages) {
        return given().auth().oauth2(token(user)).contentType(ContentType.JSON)
            .body(Map.of("name", name, "query", query, "languages", languages))
            .post("/api/monitors").then().statusCode(201).body("name", equalTo(name)).extract().path("id");
    }

    @Test
    void aUserSeesAndChangesOnlyTheirOwnMonitors() {
        int mine = create(Tokens.ANALYST, "North Korea and Russia", "\"North Korea\" AND (Russia OR Putin) NOT sport", List.of());
        int theirs = create(Tokens.OTHER_ANALYST, "Sanctions", "sanction*", List.of("fr"));

        given().auth().oauth2(token(Tokens.ANALYST)).get("/api/monitors").then().statusCode(200)
            .body("items.id", hasItem(mine)).body("items.id", not(hasItem(theirs)));
        for (String method : List.of("GET", "PUT", "DELETE")) {
            var request = given().auth().oauth2(token(Tokens.ANALYST)).contentType(ContentType.JSON)
                .body(Map.of("name", "taken over", "query", "x"));
            request.request(method, "/api/monitors/" + theirs).then().statusCode(404).contentType("application/problem+json");
        }
        given().auth().oauth2(token(Tokens.ANALYST)).get("/api/monitors/" + theirs + "/results").then().statusCode(404);
        given().auth().oauth2(token(Tokens.ANALYST)).get("/api/monitors/" + theirs + "/export").then().statusCode(404);
        given().auth().oauth2(token(Tokens.OTHER_ANALYST)).queryParam("format", "jsonl").get("/api/monitors/" + theirs + "/export").then()
            .statusCode(200).body(containsString("\"id\":\"a5\""));
        given().auth().oauth2(token(Tokens.OTHER_ANALYST)).get("/api/monitors/" + theirs).then().statusCode(200).body("name", equalTo("Sanctions"));

        // changing one's own
        given().auth().oauth2(token(Tokens.ANALYST)).contentType(ContentType.JSON)
            .body(Map.of("name", "Korea, renamed", "query", "\"North Korea\" -sport", "languages", List.of("en")))
            .put("/api/monitors/" + mine).then().statusCode(200).body("name", equalTo("Korea, renamed")).body("languages", equalTo(List.of("en")));
        given().auth().oauth2(token(Tokens.ANALYST)).delete("/api/monitors/" + mine).then().statusCode(204);
        given().auth().oauth2(token(Tokens.ANALYST)).get("/api/monitors/" + mine).then().statusCode(404);
    }

    @Test
    void adminsListEveryonesAnalystsMayNot() {
        int a = create(Tokens.ANALYST, "a", "kim", List.of());
        int b = create(Tokens.OTHER_ANALYST, "b", "putin", List.of());
        given().auth().oauth2(token(Tokens.ADMIN)).queryParam("all", true).queryParam("size", 200).get("/api/monitors").then().statusCode(200)
            .body("items.id", hasItem(a)).body("items.id", hasItem(b));
        given().auth().oauth2(token(Tokens.ADMIN)).get("/api/monitors/" + a).then().statusCode(200);
        given().auth().oauth2(token(Tokens.ANALYST)).queryParam("all", true).get("/api/monitors").then().statusCode(403);
        given().get("/api/monitors").then().statusCode(401);
    }

    @Test
    void thePipelineReadsAnyMonitorAndItsSignalButChangesNothing() {
        int theirs = create(Tokens.OTHER_ANALYST, "read by alerting", "putin", List.of());
        String pipeline = Tokens.pipelineToken();
        given().auth().oauth2(pipeline).get("/api/monitors/" + theirs).then().statusCode(200).body("query", org.hamcrest.Matchers.equalTo("putin"));
        given().auth().oauth2(pipeline).get("/api/monitors/" + theirs + "/stats").then().statusCode(200)
            .body("spike.spiking", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(pipeline).get("/api/monitors/999999999").then().statusCode(404);
        given().auth().oauth2(pipeline).contentType(io.restassured.http.ContentType.JSON).body(Map.of("name", "taken over", "query", "x"))
            .put("/api/monitors/" + theirs).then().statusCode(403);
        given().auth().oauth2(pipeline).delete("/api/monitors/" + theirs).then().statusCode(403);
        given().auth().oauth2(pipeline).get("/api/monitors").then().statusCode(403);
        given().auth().oauth2(pipeline).get("/api/monitors/" + theirs + "/results").then().statusCode(403);
        given().auth().oauth2(token(Tokens.OTHER_ANALYST)).get("/api/monitors/" + theirs).then().statusCode(200)
            .body("name", org.hamcrest.Matchers.equalTo("read by alerting"));
    }

    @Test
    void aMonitorsResultsAreItsQueryWithItsFilters() {
        int id = create(Tokens.ANALYST, "Missiles in English", "missile* OR kim", List.of("en"));
        given().auth().oauth2(token(Tokens.ANALYST)).get("/api/monitors/" + id + "/results").then().statusCode(200)
            .body("hits.article.id", containsInAnyOrder("a3", "a6"))
            .body("hits.article.language", everyItem(equalTo("en")));
    }

    @Test
    void statsVolumeTopSourcesShareOfVoiceAndSpikes() {
        int summit = create(Tokens.ANALYST, "Vostochny summit", "فوستوتشني", List.of());
        int kim = create(Tokens.ANALYST, "Kim", "kim", List.of());
        int foreign = create(Tokens.OTHER_ANALYST, "Someone else's", "putin", List.of());
        given().auth().oauth2(token(Tokens.ANALYST)).queryParam("from", "2026-11-19").queryParam("to", "2026-11-26").queryParam("compare", kim)
            .queryParam("day", "2026-11-20").queryParam("tz", "Asia/Riyadh")
            .get("/api/monitors/" + summit + "/stats").then().statusCode(200)
            .body("articles", equalTo(2)).body("stories", equalTo(1))
            .body("volume.interval", equalTo("day"))
            .body("top.sources.value", containsInAnyOrder("sky news arabia", "al arabiya"))
            .body("top.persons.value", hasItem("Kim Jong Un"))
            .body("shareOfVoice.name", equalTo(List.of("Vostochny summit", "Kim")))
            .body("shareOfVoice.articles", equalTo(List.of(2, 2)))
            .body("shareOfVoice[0].share", equalTo(0.5f))
            .body("spike.count", equalTo(2)).body("spike.baselineDays", equalTo(14)).body("spike.baselineMean", equalTo(0.0f))
            .body("spike.spiking", equalTo(true));
        given().auth().oauth2(token(Tokens.ANALYST)).queryParam("day", "2026-11-22")
            .get("/api/monitors/" + summit + "/stats").then().statusCode(200)
            .body("spike.count", equalTo(0)).body("spike.spiking", equalTo(false));
        given().auth().oauth2(token(Tokens.ANALYST)).queryParam("compare", foreign)
            .get("/api/monitors/" + summit + "/stats").then().statusCode(404);
        given().auth().oauth2(token(Tokens.ANALYST)).queryParam("day", "yesterday")
            .get("/api/monitors/" + summit + "/stats").then().statusCode(400).body("errors[0].field", equalTo("day"));
    }

    @Test
    void theSpikeSignalOfADayWithTheStoriesThatMakeIt() {
        int summit = create(Tokens.ANALYST, "Vostochny summit", "فوستوتشني", List.of());
        given().auth().oauth2(token(Tokens.ANALYST)).queryParam("day", "2026-11-20").queryParam("tz", "Asia/Riyadh")
            .get("/api/monitors/" + summit + "/spike").then().statusCode(200)
            .body("monitorId", equalTo(summit)).body("name", equalTo("Vostochny summit"))
            .body("spike.day", equalTo("2026-11-20")).body("spike.timeZone", equalTo("Asia/Riyadh"))
            .body("spike.count", equalTo(2)).body("spike.spiking", equalTo(true))
            .body("daily", equalTo(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2)))
            .body("stories.storyId", equalTo(List.of("s1"))).body("stories[0].articles", equalTo(2))
            .body("stories[0].articleId", org.hamcrest.Matchers.oneOf("a1", "a2")).body("stories[0].url", containsString("http"));
        given().auth().oauth2(Tokens.pipelineToken()).queryParam("day", "2026-11-22").queryParam("stories", 0)
            .get("/api/monitors/" + summit + "/spike").then().statusCode(200)
            .body("spike.count", equalTo(0)).body("spike.spiking", equalTo(false)).body("stories", equalTo(List.of()));
        given().auth().oauth2(token(Tokens.OTHER_ANALYST)).get("/api/monitors/" + summit + "/spike").then().statusCode(404);
        given().auth().oauth2(token(Tokens.ANALYST)).queryParam("tz", "Mars/Olympus").get("/api/monitors/" + summit + "/spike").then()
            .statusCode(400).body("errors[0].field", equalTo("tz"));
        given().auth().oauth2(token(Tokens.ANALYST)).queryParam("stories", 21).get("/api/monitors/" + summit + "/spike").then()
            .statusCode(400).body("errors[0].field", equalTo("stories"));
        given().get("/api/monitors/" + summit + "/spike").then().statusCode(401);
    }

    @Test
    void badMonitorsAreRefusedNamingTheField() {
        given().auth().oauth2(token(Tokens.ANALYST)).contentType(ContentType.JSON).body(Map.of("name", "broken", "query", "(putin OR kim"))
            .post("/api/monitors").then().statusCode(400).contentType("application/problem+json")
            .body("errors[0].field", equalTo("query")).body("errors[0].message", containsString("at character"));
        for (String negationOnly : List.of("NOT putin", "-putin", "-")) {
            given().auth().oauth2(token(Tokens.ANALYST)).contentType(ContentType.JSON).body(Map.of("name", "only not", "query", negationOnly))
                .post("/api/monitors").then().statusCode(400).body("errors[0].field", equalTo("query"));
        }
        given().auth().oauth2(token(Tokens.ANALYST)).contentType(ContentType.JSON).body(Map.of("name", "", "query", "putin"))
            .post("/api/monitors").then().statusCode(400).body("errors.field", hasItem("name"));
        given().auth().oauth2(token(Tokens.ANALYST)).contentType(ContentType.JSON).body("{\"name\": \"x\", ")
            .post("/api/monitors").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(token(Tokens.ANALYST)).get("/api/monitors/999999999").then().statusCode(404);
    }
}
