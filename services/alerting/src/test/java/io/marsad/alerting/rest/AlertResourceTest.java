package io.marsad.alerting.rest;

import io.marsad.alerting.InboxFixtures;
import io.marsad.alerting.service.ArticleMatching;
import io.marsad.local.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * From inbox to in-app alert on the real PostgreSQL and Keycloak: subscriptions matched with
 * Lucene's Monitor over the libs/text analysis (spelling variants meet), one alert per story
 * however often it is syndicated, each alert explaining itself, every user's alerts their own.
 */
@QuarkusTest
class AlertResourceTest {

    @Inject
    ArticleMatching matching;

    static int subscribe(String user, String name, String query, List<String> languages) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "query", query, "languages", languages));
        return given().auth().oauth2(Tokens.accessToken(user)).contentType(ContentType.JSON).body(body)
            .post("/api/subscriptions").then().statusCode(201).extract().path("id");
    }

    static List<Map<String, Object>> alertsOf(String user, int subscription) {
        List<Map<String, Object>> alerts = given().auth().oauth2(Tokens.accessToken(user)).queryParam("size", 200).get("/api/alerts")
            .then().statusCode(200).extract().jsonPath().getList("items");
        return alerts.stream().filter(a -> ((Number) a.get("subscriptionId")).intValue() == subscription).toList();
    }

    @Test
    void spellingVariantsInASubscriptionMatchTheArticleAndTheAlertSaysWhy() throws Exception {
        int persianLetters = subscribe(Tokens.ANALYST, "Putin and Kim, Persian kaf and yeh", "بوتين NEAR/10 کیم", List.of());
        int diacritics = subscribe(Tokens.ANALYST, "Putin, with diacritics", "\"كوريا الشماليّة\" AND بُوتِين", List.of("ar"));
        int elsewhere = subscribe(Tokens.ANALYST, "Putin in French only", "بوتين", List.of("fr"));
        String id = InboxFixtures.newId();
        InboxFixtures.send(List.of(InboxFixtures.seedArticle(id)));
        matching.matchPending();

        for (int subscription : List.of(persianLetters, diacritics)) {
            List<Map<String, Object>> alerts = alertsOf(Tokens.ANALYST, subscription);
            assertEquals(1, alerts.size(), "subscription " + subscription + ": " + alerts);
            Map<String, Object> alert = alerts.get(0);
            assertEquals(id, alert.get("articleId"));
            @SuppressWarnings("unchecked")
            Map<String, Object> explanation = (Map<String, Object>) alert.get("explanation");
            @SuppressWarnings("unchecked")
            List<String> terms = (List<String>) explanation.get("terms");
            assertTrue(terms.contains("بوتين"), "the article's own spelling: " + terms);
            assertEquals("rtl", explanation.get("direction"));
            assertTrue(explanation.get("title").toString().contains("<mark>بوتين</mark>"), explanation.toString());
            @SuppressWarnings("unchecked")
            List<String> passages = (List<String>) explanation.get("passages");
            assertTrue(!passages.isEmpty() && passages.get(0).contains("<mark>"), passages.toString());
        }
        assertTrue(alertsOf(Tokens.ANALYST, elsewhere).isEmpty(), "the language filter holds");
    }

    @Test
    void aStorySyndicatedFortyTimesAlertsOnce() {
        int subscription = subscribe(Tokens.ANALYST, "Red Sea shipping", "\"Red Sea\" AND (Houthi OR shipping)", List.of());
        String story = InboxFixtures.newId();
        List<Map<String, Object>> copies = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Map<String, Object> copy = InboxFixtures.article(InboxFixtures.newId(), "2026-11-25T10:00:00Z",
                "Houthi attacks disrupt Red Sea shipping (" + i + ")");
            copy.put("body", "Shipping companies diverted vessels from the Red Sea after new Houthi attacks, outlet " + i + " reports.");
            copy.put("language", "en");
            copy.put("sourceName", "Outlet " + i);
            copy.put("storyId", story);
            copies.add(copy);
        }
        InboxFixtures.send(copies.subList(0, 25));
        InboxFixtures.send(copies.subList(25, 40));
        assertTrue(uncheckedMatch() >= 1);

        List<Map<String, Object>> alerts = alertsOf(Tokens.ANALYST, subscription);
        assertEquals(1, alerts.size(), alerts.toString());
        assertEquals(40, ((Number) alerts.get(0).get("copies")).intValue());
        int alertId = ((Number) alerts.get(0).get("id")).intValue();
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).get("/api/alerts/" + alertId).then().statusCode(200)
            .body("copies", hasSize(39)).body("alert.storyId", equalTo(story));

        // a copy sent again (an update from enrichment) alerts no one twice
        Map<String, Object> again = new HashMap<>(copies.get(7));
        again.put("indexedAt", "2026-11-25T11:00:00Z");
        InboxFixtures.send(List.of(again));
        uncheckedMatch();
        assertEquals(1, alertsOf(Tokens.ANALYST, subscription).size());
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).get("/api/alerts/" + alertId).then().body("alert.copies", equalTo(40));
    }

    @Test
    void aStorysCopiesAreMatchedInTheOrderTheyCameWhileOtherStoriesRunBesideThem() {
        int subscription = subscribe(Tokens.ANALYST, "Caspian pipeline", "Caspian AND pipeline", List.of());
        String story = InboxFixtures.newId();
        List<Map<String, Object>> batch = new ArrayList<>();
        // three copies 20 hours apart, the story window 24 h: in the order they came, the first alerts, the second attaches to it,
        // the third (40 h after the first) alerts again; the second first would have gathered all three into one alert
        for (int i = 0; i < 3; i++) {
            Map<String, Object> copy = pipelineArticle(InboxFixtures.newId(), "Caspian pipeline deal, day " + i, Instant.parse("2026-11-20T00:00:00Z")
                .plus(Duration.ofHours(20L * i)));
            copy.put("storyId", story);
            batch.add(copy);
            for (int other = 0; other < 6; other++) { // other stories, matched on the other threads meanwhile
                batch.add(pipelineArticle(InboxFixtures.newId(), "Caspian pipeline, other story " + i + "/" + other,
                    Instant.parse("2026-11-20T00:00:00Z").plus(Duration.ofHours(20L * i))));
            }
        }
        InboxFixtures.send(batch);
        uncheckedMatch();
        List<Map<String, Object>> alerts = alertsOf(Tokens.ANALYST, subscription).stream().filter(a -> story.equals(a.get("storyId"))).toList();
        assertEquals(2, alerts.size(), alerts.toString());
        assertEquals(List.of(1, 2), alerts.stream().map(a -> ((Number) a.get("copies")).intValue()).sorted().toList());
        assertEquals(20, alertsOf(Tokens.ANALYST, subscription).size(), "and one alert for each of the eighteen other stories");
    }

    private static Map<String, Object> pipelineArticle(String id, String title, Instant published) {
        Map<String, Object> article = InboxFixtures.article(id, published.plusSeconds(120).toString(), title);
        article.put("body", "Talks on the Caspian pipeline continued.");
        article.put("language", "en");
        article.put("publishedAt", published.toString());
        return article;
    }

    @Test
    void eachUserReadsAndMarksOnlyTheirOwnAlerts() {
        int mine = subscribe(Tokens.ANALYST, "Sanctions, mine", "sanction* AND oil", List.of());
        int theirs = subscribe(Tokens.OTHER_ANALYST, "Sanctions, theirs", "sanction* AND oil", List.of());
        int muted = subscribe(Tokens.OTHER_ANALYST, "Sanctions, muted", "sanctions", List.of());
        given().auth().oauth2(Tokens.accessToken(Tokens.OTHER_ANALYST)).contentType(ContentType.JSON)
            .body(Map.of("name", "Sanctions, muted", "query", "sanctions", "active", false)).put("/api/subscriptions/" + muted)
            .then().statusCode(200);
        Map<String, Object> article = InboxFixtures.article(InboxFixtures.newId(), "2026-11-25T12:00:00Z",
            "EU agrees new sanctions on Russian oil");
        article.put("body", "The European Union agreed new sanctions on Russian oil exports.");
        article.put("language", "en");
        InboxFixtures.send(List.of(article));
        long unreadBefore = unread(Tokens.ANALYST);
        uncheckedMatch();

        assertEquals(1, alertsOf(Tokens.ANALYST, mine).size());
        assertEquals(1, alertsOf(Tokens.OTHER_ANALYST, theirs).size());
        assertTrue(alertsOf(Tokens.OTHER_ANALYST, muted).isEmpty(), "a muted subscription alerts no one");
        assertTrue(alertsOf(Tokens.ANALYST, theirs).isEmpty());
        assertTrue(unread(Tokens.ANALYST) >= unreadBefore + 1);

        int myAlert = ((Number) alertsOf(Tokens.ANALYST, mine).get(0).get("id")).intValue();
        int theirAlert = ((Number) alertsOf(Tokens.OTHER_ANALYST, theirs).get(0).get("id")).intValue();
        for (String user : List.of(Tokens.ANALYST, Tokens.ADMIN)) {
            given().auth().oauth2(Tokens.accessToken(user)).get("/api/alerts/" + theirAlert).then().statusCode(404);
            given().auth().oauth2(Tokens.accessToken(user)).post("/api/alerts/" + theirAlert + "/read").then().statusCode(404);
        }
        long unread = unread(Tokens.ANALYST);
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).post("/api/alerts/" + myAlert + "/read").then().statusCode(204);
        assertEquals(unread - 1, unread(Tokens.ANALYST));
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).queryParam("unread", true).get("/api/alerts").then().statusCode(200);
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).post("/api/alerts/read-all").then().statusCode(200);
        assertEquals(0, unread(Tokens.ANALYST));
        assertTrue(unread(Tokens.OTHER_ANALYST) >= 1, "marking mine read leaves theirs unread");

        given().get("/api/alerts").then().statusCode(401);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String gauge : List.of("marsad_alerting_inbox_waiting", "marsad_alerting_inbox_oldest_seconds", "marsad_alerting_deliveries_pending",
            "marsad_alerting_deliveries_oldest_seconds", "marsad_alerting_matches_total")) {
            assertTrue(metrics.contains(gauge), gauge + " in /q/metrics");
        }
        assertTrue(metrics.contains("marsad_alerting_inbox_waiting 0.0"), "everything sent was matched");
        java.util.regex.Matcher freshness = java.util.regex.Pattern.compile("marsad_alerting_published_to_alert_seconds_count(\\{[^}]*\\})? ([0-9.]+)")
            .matcher(metrics);
        assertTrue(freshness.find() && Double.parseDouble(freshness.group(2)) >= 2, "publication to alert timed for the new alerts: " + metrics.lines()
            .filter(line -> line.contains("published_to_alert")).limit(3).toList());
        given().auth().oauth2(Tokens.pipelineToken()).get("/api/alerts").then().statusCode(403);
    }

    private static long unread(String user) {
        JsonPath answer = given().auth().oauth2(Tokens.accessToken(user)).get("/api/alerts/unread-count").then().statusCode(200)
            .extract().jsonPath();
        return answer.getLong("unread");
    }

    private int uncheckedMatch() {
        try {
            return matching.matchPending();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
