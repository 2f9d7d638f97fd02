package io.marsad.alerting.digest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.marsad.alerting.InboxFixtures;
import io.marsad.alerting.delivery.DeliveryWorker;
import io.marsad.alerting.delivery.EmailDeliveryTest;
import io.marsad.alerting.service.ArticleMatching;
import io.marsad.local.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hourly digests on the real PostgreSQL, SMTP server and a webhook receiver: one per period, grouped by story, none when nothing is new. */
@QuarkusTest
class DigestTest {

    @Inject
    ArticleMatching matching;
    @Inject
    DigestMaker digests;
    @Inject
    DeliveryWorker worker;

    @Test
    void aDigestGroupsThePeriodsAlertsByStoryAndIsSentOnce() throws Exception {
        List<byte[]> webhook = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/digest", exchange -> {
            webhook.add(exchange.getRequestBody().readAllBytes());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String marker = "narwhal" + System.nanoTime();
            String desk = "digest-" + UUID.randomUUID().toString().substring(0, 8) + "@news.example.org";
            given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).contentType(ContentType.JSON)
                .body(Map.of("name", "Hourly " + marker, "query", marker, "mode", "digest", "digest", Map.of("period", "hourly"),
                    "channels", Map.of("inApp", false, "emails", List.of(desk),
                        "webhook", Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/digest"))))
                .post("/api/subscriptions").then().statusCode(201);

            // two stories: one told by two outlets, one by a single outlet
            String story = InboxFixtures.newId();
            for (String source : List.of("Outlet A", "Outlet B")) {
                Map<String, Object> copy = InboxFixtures.article(InboxFixtures.newId(), Instant.now().toString(), "A " + marker + " in the harbour");
                copy.put("body", "A " + marker + " swam into the harbour, " + source + " reports.");
                copy.put("language", "en");
                copy.put("sourceName", source);
                copy.put("storyId", story);
                InboxFixtures.send(List.of(copy));
            }
            Map<String, Object> other = InboxFixtures.article(InboxFixtures.newId(), Instant.now().toString(), "مشاهدة " + marker + " قرب الساحل");
            other.put("body", "قال صيادون إنهم شاهدوا " + marker + " قرب الساحل.");
            InboxFixtures.send(List.of(other));
            matching.matchPending();
            worker.deliverDue();
            assertTrue(webhook.isEmpty() && EmailDeliveryTest.inbox(desk).isEmpty(), "a digest subscription sends nothing in real time");

            Instant nextHour = Instant.now().plus(Duration.ofHours(1));
            digests.makeDue(nextHour);
            digests.makeDue(nextHour); // again, as another replica would: still one digest
            worker.deliverDue();

            assertEquals(1, webhook.size());
            JsonNode digest = new ObjectMapper().readTree(webhook.get(0));
            assertEquals("digest", digest.path("type").asText());
            assertEquals(2, digest.path("stories").size(), digest.toString());
            JsonNode told = null;
            JsonNode arabic = null;
            for (JsonNode entry : digest.path("stories")) {
                if (entry.path("storyId").asText().equals(story)) {
                    told = entry;
                } else {
                    arabic = entry;
                }
            }
            assertTrue(told != null && arabic != null, digest.toString());
            assertEquals(2, told.path("copies").asInt(), "the second outlet's copy counts in its story");
            assertEquals("ltr", told.path("direction").asText());
            assertEquals("rtl", arabic.path("direction").asText());

            List<MimeMessage> mails = EmailDeliveryTest.inbox(desk);
            assertEquals(1, mails.size());
            assertTrue(mails.get(0).getSubject().contains("2 stories"), mails.get(0).getSubject());
            String html = EmailDeliveryTest.part(mails.get(0), "text/html");
            assertTrue(html.contains("<li dir=\"rtl\" lang=\"ar\">") && html.contains("2 articles"), html);

            digests.makeDue(nextHour.plus(Duration.ofHours(1))); // an hour with nothing new
            worker.deliverDue();
            assertEquals(1, webhook.size(), "no digest when nothing is new");
            assertEquals(1, EmailDeliveryTest.inbox(desk).size());
        } finally {
            receiver.stop(0);
        }
    }
}
