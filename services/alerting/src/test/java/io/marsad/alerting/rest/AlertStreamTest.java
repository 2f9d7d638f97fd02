package io.marsad.alerting.rest;

import io.marsad.alerting.InboxFixtures;
import io.marsad.alerting.service.ArticleMatching;
import io.marsad.local.testing.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The live unread count over Server-Sent Events, as the dashboard reads it. */
@QuarkusTest
class AlertStreamTest {

    @TestHTTPResource("/api/alerts/stream")
    URI stream;
    @Inject
    ArticleMatching matching;

    @Test
    void theUnreadCountArrivesOnConnectingAndAgainWhenAnAlertComes() throws Exception {
        String user = Tokens.OTHER_ANALYST;
        given().auth().oauth2(Tokens.accessToken(user)).post("/api/alerts/read-all").then().statusCode(200);
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<Stream<String>> response = client.send(HttpRequest.newBuilder(stream).header("Authorization", "Bearer " + Tokens.accessToken(user))
            .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, response.statusCode());
        Thread reader = Thread.ofVirtual().start(() -> {
            try {
                response.body().filter(line -> line.startsWith("data:")).forEach(events::add);
            } catch (java.io.UncheckedIOException closedAtTheEnd) {
                // the test closes the stream when it is done
            }
        });
        try {
            String first = events.poll(20, TimeUnit.SECONDS);
            assertNotNull(first, "an event on connecting");
            assertTrue(first.contains("\"unread\":0"), first);

            String marker = "axolotl" + System.nanoTime();
            given().auth().oauth2(Tokens.accessToken(user)).contentType(ContentType.JSON).body(Map.of("name", "live " + marker, "query", marker))
                .post("/api/subscriptions").then().statusCode(201);
            Map<String, Object> article = InboxFixtures.article(InboxFixtures.newId(), java.time.Instant.now().toString(), "An " + marker + " appears");
            article.put("language", "en");
            article.put("body", "An " + marker + " was seen in the canal.");
            InboxFixtures.send(List.of(article));
            matching.matchPending();

            String next = events.poll(20, TimeUnit.SECONDS);
            assertNotNull(next, "an event when the alert came");
            assertTrue(next.contains("\"unread\":1"), next);
        } finally {
            reader.interrupt();
            response.body().close();
        }
        given().get("/api/alerts/stream").then().statusCode(401);
    }
}
