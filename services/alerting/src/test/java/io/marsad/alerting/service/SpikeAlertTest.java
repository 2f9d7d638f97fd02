package io.marsad.alerting.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.alerting.InboxFixtures;
import io.marsad.alerting.client.MonitorSignal;
import io.marsad.alerting.delivery.DeliveryWorker;
import io.marsad.alerting.delivery.EmailDeliveryTest;
import io.marsad.alerting.model.Subscription;
import io.marsad.alerting.repository.SpikeAlerts;
import io.marsad.local.testing.Tokens;
import io.marsad.support.security.Caller;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Spike subscriptions on the real PostgreSQL, Keycloak and SMTP server: a signal that is on raises
 * one alert per subscription and day, delivered like any alert and explained by the signal; the
 * article matching leaves them alone. The signal is given here as the search service answers it
 * (deploy/system-tests watches a real one); the subscription is stored as the API stores one that
 * follows a monitor, with the monitor's query.
 */
@QuarkusTest
class SpikeAlertTest {

    @Inject
    SubscriptionService subscriptions;
    @Inject
    SpikeWatcher watcher;
    @Inject
    SpikeAlerts spikeAlerts;
    @Inject
    ArticleMatching matching;
    @Inject
    DeliveryWorker worker;
    @Inject
    DataSource dataSource;

    @Test
    void aSpikeAlertsOncePerSubscriptionAndDayExplainedByTheSignal() throws Exception {
        String desk = "spikes-" + UUID.randomUUID().toString().substring(0, 8) + "@news.example.org";
        long monitorId = 700_000 + (System.nanoTime() % 100_000);
        Subscription subscription = subscriptions.create(new Caller(subjectOf(Tokens.ANALYST), false, false),
            new SubscriptionDefinition("Vostochny surge", "فوستوتشني", List.of(), List.of(), List.of(), "spike", monitorId, "realtime", null,
                null, "Asia/Riyadh", true, List.of(desk), null, true));
        SpikeAlerts.Watched watched = spikeAlerts.watched().stream().filter(w -> w.id() == subscription.id).findFirst().orElseThrow();
        assertEquals(monitorId, watched.monitorId());

        MonitorSignal signal = signal(monitorId, LocalDate.parse("2026-11-20"), true);
        Long alert = watcher.record(watched, signal);
        assertNotNull(alert);
        assertNull(watcher.record(watched, signal), "the same day again, as a later beat or another replica sees it: nothing new");
        assertNotNull(watcher.record(watched, signal(monitorId, LocalDate.parse("2026-11-21"), true)), "the next day is another spike");
        assertEquals(2, count("SELECT count(*) FROM alert WHERE subscription_id = " + subscription.id + " AND kind = 'spike'"));
        assertEquals(2, count("SELECT count(*) FROM delivery WHERE subscription_id = " + subscription.id + " AND channel = 'email'"));

        worker.deliverDue();
        List<MimeMessage> mails = EmailDeliveryTest.inbox(desk);
        assertEquals(2, mails.size());
        MimeMessage first = mails.stream().filter(m -> subject(m).contains("2026-11-20")).findFirst().orElseThrow();
        assertTrue(subject(first).startsWith("[Marsad] Vostochny surge: Vostochny summit: 12 articles on 2026-11-20, against 1.5 a day"),
            subject(first));
        String text = EmailDeliveryTest.part(first, "text/plain");
        String html = EmailDeliveryTest.part(first, "text/html");
        assertTrue(text.contains("بوتين وكيم في فوستوتشني — Sky News Arabia (7 articles)") && text.contains("https://news.example.org/a1"), text);
        assertTrue(html.contains("<li dir=\"rtl\" lang=\"ar\"><a href=\"https://news.example.org/a1\">") && html.contains("&lt;b&gt;"), html);

        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).get("/api/alerts/" + alert).then().statusCode(200)
            .body("alert.kind", equalTo("spike")).body("alert.subscriptionId", equalTo(subscription.id.intValue()))
            .body("alert.spike.spike.count", equalTo(12)).body("alert.spike.spike.day", equalTo("2026-11-20")).body("alert.spike.stories[0].articles", equalTo(7))
            .body("alert.explanation.title", containsString("12 articles on 2026-11-20"))
            .body("alert.explanation.passages", hasItem(containsString("فوستوتشني")))
            .body("alert.explanation.direction", equalTo("rtl"));
        given().auth().oauth2(Tokens.accessToken(Tokens.OTHER_ANALYST)).get("/api/alerts/" + alert).then().statusCode(404);
    }

    @Test
    void aSignalThatIsOffOrASubscriptionMutedRaisesNothingAndMatchingLeavesSpikesAlone() throws Exception {
        long monitorId = 800_000 + (System.nanoTime() % 100_000);
        Caller analyst = new Caller(subjectOf(Tokens.ANALYST), false, false);
        Subscription muted = subscriptions.create(analyst, new SubscriptionDefinition("muted surge", "بوتين", List.of(), List.of(), List.of(),
            "spike", monitorId, "realtime", null, null, "UTC", true, List.of(), null, false));
        assertTrue(spikeAlerts.watched().stream().noneMatch(w -> w.id() == muted.id), "a muted spike subscription is not watched");
        assertNull(watcher.record(new SpikeAlerts.Watched(muted.id, analyst.subject(), monitorId, "UTC", "realtime", null, List.of()),
            signal(monitorId, LocalDate.parse("2026-11-20"), true)), "muted between the read and the record: nothing");

        Subscription spike = subscriptions.create(analyst, new SubscriptionDefinition("Putin surge", "بوتين", List.of(), List.of(), List.of(),
            "spike", monitorId, "realtime", null, null, "UTC", true, List.of(), null, true));
        InboxFixtures.send(List.of(InboxFixtures.seedArticle(InboxFixtures.newId())));
        matching.matchPending();
        assertEquals(0, count("SELECT count(*) FROM alert WHERE subscription_id = " + spike.id),
            "the seed article says بوتين, but a spike subscription is not matched article by article");
        assertEquals(0, count("SELECT count(*) FROM alert WHERE subscription_id = " + muted.id));
    }

    @Test
    void aSpikeOrAMonitorNeedsAMonitorAndAMonitorsSubscriptionTakesItsQuery() {
        refused(Map.of("name", "spike", "query", "putin", "kind", "spike"), "monitorId", "name the monitor");
        refused(Map.of("name", "both", "query", "putin", "monitorId", 4), "query", "not both");
        refused(Map.of("name", "narrowed", "monitorId", 4, "languages", List.of("ar")), "monitorId", "the monitor's filters");
        refused(Map.of("name", "neither"), "query", "or a monitorId");
        refused(Map.of("name", "kind", "query", "putin", "kind", "volume"), "kind", "keyword or spike");
        refused(Map.of("name", "negative", "monitorId", -3), "monitorId", "");
        // and so does the backtest of such a draft
        previewRefused(Map.of("kind", "spike", "query", "putin"), "monitorId", "name the monitor");
        previewRefused(Map.of("query", "putin", "monitorId", 4), "query", "not both");
        previewRefused(Map.of("monitorId", 4, "entities", List.of("person:Q7747")), "monitorId", "the monitor's filters");
        previewRefused(Map.of("kind", "volume", "monitorId", 4), "kind", "keyword or spike");
        // no search service runs beside this module's tests (deploy/system-tests follows a real one): a clear 503, nothing stored
        for (String path : List.of("/api/subscriptions", "/api/subscriptions/preview")) {
            given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).contentType(ContentType.JSON)
                .body(Map.of("name", "follows 4", "monitorId", 4, "kind", "spike")).post(path)
                .then().statusCode(503).contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("detail", containsString("search service"));
        }
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).queryParam("size", 200).get("/api/subscriptions").then().statusCode(200)
            .body("items.name", org.hamcrest.Matchers.not(hasItem("follows 4")));
    }

    static void previewRefused(Map<String, Object> body, String field, String message) {
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).contentType(ContentType.JSON).body(body).post("/api/subscriptions/preview")
            .then().statusCode(400).contentType("application/problem+json")
            .body("errors.field", hasItem(field)).body("errors.message", hasItem(containsString(message)));
    }

    static void refused(Map<String, Object> body, String field, String message) {
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).contentType(ContentType.JSON).body(body).post("/api/subscriptions")
            .then().statusCode(400).contentType("application/problem+json")
            .body("errors.field", hasItem(field)).body("errors.message", hasItem(containsString(message)));
    }

    /** A spike signal as the search service answers it (docs/contracts/search-monitors.openapi.yaml). */
    static MonitorSignal signal(long monitorId, LocalDate day, boolean spiking) {
        return new MonitorSignal(monitorId, "Vostochny summit", new MonitorSignal.Spike(day, "Asia/Riyadh", 12, 14, 1.5, 0.9, 8.7, 3.0, spiking),
            List.of(new MonitorSignal.Story("s1", "a1", "بوتين وكيم في فوستوتشني", "https://news.example.org/a1", "Sky News Arabia", "ar",
                    Instant.parse("2026-11-20T08:00:00Z"), 7),
                new MonitorSignal.Story("s2", "a2", "Kim arrives <b>by train</b>", "https://news.example.org/a2", "Reuters", "en",
                    Instant.parse("2026-11-20T09:00:00Z"), 1),
                new MonitorSignal.Story("s3", "a3", "وصول القطار المدرع", "https://news.example.org/a3", "Al Arabiya", "ar",
                    Instant.parse("2026-11-20T10:00:00Z"), 4)));
    }

    /** The subject (Keycloak's user id) in a user's access token, as the API takes the owner from it. */
    static String subjectOf(String user) throws Exception {
        String payload = Tokens.accessToken(user).split("\\.")[1];
        return new ObjectMapper().readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)).path("sub").asText();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
