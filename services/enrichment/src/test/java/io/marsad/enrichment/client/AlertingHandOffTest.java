package io.marsad.enrichment.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.enrichment.HandOffFixtures;
import io.marsad.enrichment.repository.IndexingRepository;
import io.marsad.enrichment.service.AlertingRelay;
import io.marsad.enrichment.service.ArticleIndexer;
import io.marsad.local.testing.Contracts;
import io.marsad.local.testing.HandOffReceiver;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Indexed articles reach the alerting service through the outbox: nothing is lost while alerting is
 * down, everything arrives when it is back, with the pipeline service account's token, in the
 * contract's shape. Alerting is played by a receiver on 127.0.0.1 that answers as the contract says.
 */
@QuarkusTest
@QuarkusTestResource(value = HandOffReceiver.class, initArgs = @ResourceArg(name = "client", value = "alerting"))
class AlertingHandOffTest {

    @Inject
    ArticleIndexer indexer;
    @Inject
    AlertingRelay relay;
    @Inject
    IndexingRepository indexing;
    @ConfigProperty(name = "marsad.test.alerting-receiver")
    String receiver;

    @Test
    void nothingIsLostWhileAlertingIsDownAndEverythingArrivesOnceItIsBack() throws Exception {
        relay.relay(); // whatever other tests left
        String first = HandOffFixtures.newId();
        String second = HandOffFixtures.newId();
        given().auth().oauth2(HandOffFixtures.pipelineToken()).contentType(ContentType.JSON)
            .body(Map.of("articles", List.of(HandOffFixtures.article(first, "بوتين يلتقي كيم"), HandOffFixtures.article(second, "Second")))).post("/api/articles")
            .then().statusCode(202);
        assertTrue(indexer.indexPending() >= 2);
        assertTrue(indexing.alertingOutbox().size() >= 2, "indexed articles wait in the outbox");

        RestAssured.post(receiver + "/mode/503").then().statusCode(204);
        try {
            for (int attempt = 0; attempt < 3; attempt++) {
                assertEquals(0, relay.relay(), "alerting is down: nothing is acknowledged");
            }
            assertTrue(indexing.alertingOutbox().size() >= 2, "and nothing left the outbox");
        } finally {
            RestAssured.post(receiver + "/mode/202").then().statusCode(204);
        }
        Thread.sleep(1500); // the circuit breaker's test delay
        assertTrue(relay.relay() >= 2);
        assertEquals(0, indexing.alertingOutbox().size());

        JsonNode received = new ObjectMapper().readTree(RestAssured.get(receiver + "/received").then().statusCode(200).extract().asString());
        List<String> ids = new ArrayList<>();
        received.path("bodies").forEach(batch -> batch.path("articles").forEach(a -> ids.add(a.path("id").asText())));
        assertTrue(ids.contains(first) && ids.contains(second), ids.toString());
        JsonNode article = null;
        for (JsonNode batch : received.path("bodies")) {
            for (JsonNode a : batch.path("articles")) {
                if (a.path("id").asText().equals(first)) {
                    article = a;
                }
            }
        }
        assertEquals(Contracts.properties(AlertingHandOffContractTest.schemas().path("EnrichedArticle")), Contracts.names(article));
        assertTrue(article.path("entities").toString().contains("person:vladimir-putin"), article.toString());
        assertTrue(article.path("index").asText().startsWith("articles-"), article.toString());
        received.path("authorizations").forEach(a -> assertTrue(a.asText().startsWith("Bearer "), "sent with a token"));
    }
}
