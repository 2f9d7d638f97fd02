package io.marsad.search.rest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.local.testing.Contracts;
import io.marsad.local.testing.Tokens;
import io.marsad.search.model.MonitorSpike;
import io.marsad.search.model.MonitorStats;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Search's (the answering side's) half of docs/contracts/search-monitors.openapi.yaml: its records and its live answers. */
@QuarkusTest
class MonitorApiContractTest {

    @Inject
    ElasticsearchClient client;

    @BeforeEach
    void index() throws Exception {
        ArticleFixtures.ensureIndexed(client);
    }

    static JsonNode schemas() {
        return Contracts.schemas("search-monitors.openapi.yaml");
    }

    @Test
    void theRecordsAreTheContracts() {
        assertEquals(Contracts.properties(schemas().path("Monitor")), Contracts.components(MonitorResponse.class));
        assertEquals(Contracts.properties(schemas().path("MonitorRequest")), Contracts.components(MonitorRequest.class));
        assertEquals(Contracts.properties(schemas().path("MonitorSpike")), Contracts.components(MonitorSpike.class));
        assertEquals(Contracts.properties(schemas().path("Spike")), Contracts.components(MonitorStats.Spike.class));
        assertEquals(Contracts.properties(schemas().path("SpikeStory")), Contracts.components(MonitorSpike.Story.class));
        assertEquals(Contracts.properties(schemas().path("MonitorStats")), Contracts.components(MonitorStats.class));
        assertEquals(Contracts.properties(schemas().path("Share")), Contracts.components(MonitorStats.Share.class));
    }

    @Test
    void theAnswersAlertingReadsHaveTheContractsPropertiesFilled() throws Exception {
        int id = MonitorResourceTest.create(Tokens.ANALYST, "Summit, read by alerting", "فوستوتشني", List.of("ar"));
        String pipeline = Tokens.pipelineToken();
        String monitor = io.restassured.RestAssured.given().auth().oauth2(pipeline).get("/api/monitors/" + id).then().statusCode(200)
            .extract().asString();
        assertFilled(new ObjectMapper().readTree(monitor), "Monitor");

        String spike = io.restassured.RestAssured.given().auth().oauth2(pipeline).queryParam("day", "2026-11-20").queryParam("tz", "Asia/Riyadh")
            .get("/api/monitors/" + id + "/spike").then().statusCode(200).extract().asString();
        JsonNode answer = new ObjectMapper().readTree(spike);
        assertFilled(answer, "MonitorSpike");
        assertFilled(answer.path("spike"), "Spike");
        assertFalse(answer.path("stories").isEmpty(), "the day has a story");
        for (JsonNode story : answer.path("stories")) {
            assertFilled(story, "SpikeStory");
        }

        int other = MonitorResourceTest.create(Tokens.ANALYST, "Kim, compared", "kim", List.of());
        String stats = io.restassured.RestAssured.given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).queryParam("compare", other)
            .queryParam("from", "2026-11-01T00:00:00Z").queryParam("to", "2026-12-01T00:00:00Z").get("/api/monitors/" + id + "/stats")
            .then().statusCode(200).extract().asString();
        JsonNode figures = new ObjectMapper().readTree(stats);
        assertFilled(figures, "MonitorStats");
        assertEquals(2, figures.path("shareOfVoice").size(), "this monitor and the one compared");
        for (JsonNode share : figures.path("shareOfVoice")) {
            assertFilled(share, "Share");
        }
    }

    private static void assertFilled(JsonNode answer, String schemaName) {
        assertEquals(List.of(), Contracts.departures(answer, schemas().path(schemaName)), schemaName);
    }
}
