package io.marsad.alerting.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.local.testing.Contracts;
import io.marsad.local.testing.Tokens;
import io.marsad.support.rest.PageResponse;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Alerting's (the answering side's) half of docs/contracts/alerting-subscriptions.openapi.yaml: its records and its live answers. */
@QuarkusTest
class SubscriptionApiContractTest {

    static JsonNode schemas() {
        return Contracts.schemas("alerting-subscriptions.openapi.yaml");
    }

    @Test
    void theRecordsAreTheContracts() {
        assertEquals(Contracts.properties(schemas().path("SubscriptionRequest")), Contracts.components(SubscriptionRequest.class));
        assertEquals(Contracts.properties(schemas().path("DigestRequest")), Contracts.components(SubscriptionRequest.Digest.class));
        assertEquals(Contracts.properties(schemas().path("ChannelsRequest")), Contracts.components(SubscriptionRequest.Channels.class));
        assertEquals(Contracts.properties(schemas().path("WebhookRequest")), Contracts.components(SubscriptionRequest.Webhook.class));
        assertEquals(Contracts.properties(schemas().path("SubscriptionPage")), Contracts.components(PageResponse.class));
        assertEquals(Contracts.properties(schemas().path("Subscription")), Contracts.components(SubscriptionResponse.class));
        assertEquals(Contracts.properties(schemas().path("FollowedMonitor")), Contracts.components(SubscriptionResponse.Monitor.class));
        assertEquals(Contracts.properties(schemas().path("Digest")), Contracts.components(SubscriptionResponse.Digest.class));
        assertEquals(Contracts.properties(schemas().path("Channels")), Contracts.components(SubscriptionResponse.Channels.class));
        assertEquals(Contracts.properties(schemas().path("Webhook")), Contracts.components(SubscriptionResponse.Webhook.class));
    }

    @Test
    void theAnswersTheDashboardReadsHaveTheContractsPropertiesFilled() throws Exception {
        String analyst = Tokens.accessToken(Tokens.ANALYST);
        int id = SubscriptionResourceTest.create(Tokens.ANALYST, Map.of("name", "Contract digest", "query", "port AND deal", "mode", "digest",
            "digest", Map.of("period", "daily", "hour", 8), "timeZone", "Asia/Riyadh",
            "channels", Map.of("inApp", true, "emails", List.of("amal@example.org"), "webhook", Map.of("url", "http://127.0.0.1:9/hooks/contract"))));
        ObjectMapper mapper = new ObjectMapper();
        JsonNode one = mapper.readTree(given().auth().oauth2(analyst).get("/api/subscriptions/" + id).then().statusCode(200).extract().asString());
        assertFilled(one, "Subscription");
        assertFilled(one.path("digest"), "Digest");
        assertFilled(one.path("channels"), "Channels");
        assertFilled(one.path("channels").path("webhook"), "Webhook");
        JsonNode page = mapper.readTree(given().auth().oauth2(analyst).queryParam("size", 200).get("/api/subscriptions")
            .then().statusCode(200).extract().asString());
        assertFilled(page, "SubscriptionPage");
    }

    private static void assertFilled(JsonNode answer, String schemaName) {
        assertEquals(List.of(), Contracts.departures(answer, schemas().path(schemaName)), schemaName);
    }
}
