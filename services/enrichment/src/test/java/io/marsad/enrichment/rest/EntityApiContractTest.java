package io.marsad.enrichment.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.enrichment.entity.EntityMatcher;
import io.marsad.local.testing.Contracts;
import io.marsad.local.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Enrichment's (the answering side's) half of docs/contracts/enrichment-entities.openapi.yaml: its records and its live answers. */
@QuarkusTest
class EntityApiContractTest {

    static JsonNode schemas() {
        return Contracts.schemas("enrichment-entities.openapi.yaml");
    }

    @Test
    void theRecordsAreTheContracts() {
        assertEquals(Contracts.properties(schemas().path("Entity")), Contracts.components(EntityView.class));
        assertEquals(Contracts.properties(schemas().path("MatchRequest")), Contracts.components(EntityRequests.MatchRequest.class));
        assertEquals(Contracts.properties(schemas().path("Mention")), Contracts.components(EntityMatcher.Mention.class));
    }

    @Test
    void theAnswersTheDashboardReadsHaveTheContractsPropertiesFilled() throws Exception {
        String analyst = Tokens.accessToken(Tokens.ANALYST);
        ObjectMapper mapper = new ObjectMapper();
        assertFilled(mapper.readTree(given().auth().oauth2(analyst).get("/api/entities/person:vladimir-putin")
            .then().statusCode(200).extract().asString()), "Entity");
        JsonNode found = mapper.readTree(given().auth().oauth2(analyst).queryParam("q", "بوتين").get("/api/entities")
            .then().statusCode(200).extract().asString());
        assertFalse(found.isEmpty(), "an entity spelled بوتين");
        found.forEach(entity -> assertFilled(entity, "Entity"));
        String text = "التقى بوتين في موسكو وزير الخارجية.";
        JsonNode mentions = mapper.readTree(given().auth().oauth2(analyst).contentType(ContentType.JSON).body(Map.of("text", text))
            .post("/api/entities/match").then().statusCode(200).extract().asString());
        assertFalse(mentions.isEmpty(), "the text names Putin and Moscow");
        for (JsonNode mention : mentions) {
            assertFilled(mention, "Mention");
            assertEquals(mention.path("surface").asText(), text.substring(mention.path("start").asInt(), mention.path("end").asInt()),
                "start and end are offsets of the surface in the text sent");
        }
    }

    private static void assertFilled(JsonNode answer, String schemaName) {
        assertEquals(List.of(), Contracts.departures(answer, schemas().path(schemaName)), schemaName);
    }
}
