package io.marsad.alerting.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.alerting.InboxFixtures;
import com.sun.net.httpserver.HttpServer;
import io.marsad.alerting.service.ArticleMatching;
import io.marsad.local.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Webhooks to a real receiver on 127.0.0.1: signed bodies, one idempotency key per alert, retries
 * while the receiver fails and exactly one accepted request per alert once it recovers, dead
 * deliveries that their owner sees and sends again.
 */
@QuarkusTest
class WebhookDeliveryTest {

    /** One request as the receiver saw it, and what it answered. */
    record Received(String idempotencyKey, String signature, byte[] body, int answered) {}

    @Inject
    ArticleMatching matching;
    @Inject
    DeliveryWorker worker;

    HttpServer receiver;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresLeft = new AtomicInteger();
    volatile int failWith = 503;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? failWith : 200;
            received.add(new Received(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    String hookUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    Map<String, Object> subscribe(String user, String query) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "webhook " + query, "query", query,
            "channels", Map.of("inApp", false, "webhook", Map.of("url", hookUrl()))));
        return given().auth().oauth2(Tokens.accessToken(user)).contentType(ContentType.JSON).body(body)
            .post("/api/subscriptions").then().statusCode(201).extract().jsonPath().getMap("");
    }

    static String send(String title, String body) {
        String id = InboxFixtures.newId();
        Map<String, Object> article = InboxFixtures.article(id, Instant.now().toString(), title);
        article.put("body", body);
        article.put("language", "en");
        InboxFixtures.send(List.of(article));
        return id;
    }

    void matchAndDeliver() throws Exception {
        matching.matchPending();
        worker.deliverDue();
    }

    @Test
    void aRealtimeWebhookArrivesSignedWithTheSubscriptionsSecret() throws Exception {
        String marker = "quokka" + System.nanoTime();
        Map<String, Object> subscription = subscribe(Tokens.ANALYST, marker);
        @SuppressWarnings("unchecked")
        String secret = ((Map<String, Map<String, String>>) subscription.get("channels")).get("webhook").get("secret");
        String article = send("A " + marker + " escapes the zoo", "Keepers say the " + marker + " was found near the river.");
        matchAndDeliver();

        assertEquals(1, received.size(), received.toString());
        Received request = received.get(0);
        assertTrue(WebhookSignature.verify(secret, request.signature(), request.body(), Instant.now().getEpochSecond(), 300),
            "signed with the subscription's secret: " + request.signature());
        assertTrue(!WebhookSignature.verify("whsec_other", request.signature(), request.body(), Instant.now().getEpochSecond(), 300));
        JsonNode body = new ObjectMapper().readTree(request.body());
        assertEquals("alert", body.path("type").asText());
        assertEquals(article, body.path("article").path("id").asText());
        assertEquals(((Number) subscription.get("id")).longValue(), body.path("subscription").path("id").asLong());
        assertEquals("marsad-alert-" + body.path("alert").path("id").asLong(), request.idempotencyKey());
        assertTrue(body.path("explanation").path("title").asText().contains("<mark>" + marker + "</mark>"), body.toString());

        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).get("/api/subscriptions/" + subscription.get("id") + "/deliveries")
            .then().statusCode(200).body("total", equalTo(1)).body("items[0].status", equalTo("delivered"))
            .body("items[0].lastStatus", equalTo(200)).body("items[0].channel", equalTo("webhook"));
        given().auth().oauth2(Tokens.accessToken(Tokens.OTHER_ANALYST)).get("/api/subscriptions/" + subscription.get("id") + "/deliveries")
            .then().statusCode(404);
    }

    @Test
    void aReceiverThatFailsForAWhileGetsEveryAlertExactlyOnce() throws Exception {
        String marker = "wombat" + System.nanoTime();
        subscribe(Tokens.ANALYST, marker);
        for (int i = 0; i < 3; i++) {
            send("The " + marker + " story number " + i, "Three unrelated " + marker + " reports, number " + i + ".");
        }
        failuresLeft.set(5); // the first five requests fail, then the receiver is back
        matchAndDeliver();

        Map<String, List<Received>> byKey = received.stream().collect(Collectors.groupingBy(Received::idempotencyKey));
        assertEquals(3, byKey.size(), "three alerts, three keys: " + byKey.keySet());
        for (Map.Entry<String, List<Received>> attempts : byKey.entrySet()) {
            assertEquals(1, attempts.getValue().stream().filter(r -> r.answered() == 200).count(), attempts.getKey() + " accepted once");
            assertEquals(200, attempts.getValue().get(attempts.getValue().size() - 1).answered(), "nothing sent after it was accepted");
        }
        assertEquals(8, received.size(), "five failed attempts and three accepted ones");
        worker.deliverDue();
        assertEquals(8, received.size(), "nothing is sent again once delivered");
    }

    @Test
    void aRefusedDeliveryIsDeadUntilItsOwnerRetriesIt() throws Exception {
        String marker = "pangolin" + System.nanoTime();
        Map<String, Object> subscription = subscribe(Tokens.ANALYST, marker);
        Object id = subscription.get("id");
        failWith = 410; // the receiver refuses: trying again would not help
        failuresLeft.set(1);
        send("A " + marker + " sighting", "A " + marker + " was seen.");
        matchAndDeliver();
        assertEquals(1, received.size());
        int delivery = given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).get("/api/subscriptions/" + id + "/deliveries")
            .then().statusCode(200).body("items", hasSize(1)).body("items[0].status", equalTo("dead"))
            .body("items[0].lastStatus", equalTo(410)).extract().path("items[0].id");

        given().auth().oauth2(Tokens.accessToken(Tokens.OTHER_ANALYST)).post("/api/subscriptions/" + id + "/deliveries/" + delivery + "/retry")
            .then().statusCode(404);
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).post("/api/subscriptions/" + id + "/deliveries/" + delivery + "/retry")
            .then().statusCode(204);
        worker.deliverDue();
        assertEquals(2, received.size());
        assertEquals(received.get(0).idempotencyKey(), received.get(1).idempotencyKey(), "the same alert, the same key");
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).get("/api/subscriptions/" + id + "/deliveries")
            .then().body("items[0].status", equalTo("delivered"));
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).post("/api/subscriptions/" + id + "/deliveries/" + delivery + "/retry")
            .then().statusCode(404); // only dead deliveries are sent again
        assertTrue(new String(received.get(1).body(), StandardCharsets.UTF_8).contains(marker));
    }
}
