package io.marsad.system;

import io.marsad.local.testing.Tokens;
import io.marsad.support.elasticsearch.ArticleDocument;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.marsad.local.testing.Eventually.count;
import static io.marsad.local.testing.Eventually.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Subscriptions that follow a monitor, against the packaged search and alerting services: a
 * subscription takes the monitor's query and filters (only a monitor the user may read), follows
 * its edits into the live matching, is muted when the monitor is deleted; a spike subscription
 * raises one alert for a day whose volume stands out, however many beats see it, and its backtest
 * finds the same day.
 */
class MonitorSubscriptionIT {

    static final ZoneId ZONE = SteadyDay.ZONE;
    static final Instant NOW = Instant.now();
    static final String QUERY = "baikonur OR بايكونور";

    static SearchAndAlerting platform;

    @BeforeAll
    static void startTheServices() {
        // the monitors are followed and the spike signal watched every second here (a minute and five by default)
        platform = SearchAndAlerting.start("monitors", Map.of("MARSAD_ALERTING_MONITOR_FOLLOW_EVERY", "1s", "MARSAD_ALERTING_SPIKE_EVERY", "1s"));
        List<ArticleDocument> articles = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(NOW, ZONE);
        // one article a day for the fourteen days before today: the baseline
        for (int daysAgo = 1; daysAgo <= 14; daysAgo++) {
            Instant noon = today.minusDays(daysAgo).atTime(12, 0).atZone(ZONE).toInstant();
            articles.add(SearchAndAlerting.article("s-baseline-" + daysAgo, "en", "Launch pad maintenance at Baikonur",
                "Engineers serviced a launch pad at Baikonur.", noon));
        }
        // today nine, in three stories: a spike
        int minutesAgo = 1;
        for (int copy = 0; copy < 4; copy++) {
            articles.add(SearchAndAlerting.article("s-launch", "ar", "إطلاق صاروخ من بايكونور", "أطلق صاروخ من قاعدة بايكونور الفضائية فجر اليوم.",
                NOW.minus(Duration.ofMinutes(minutesAgo++))));
        }
        for (int copy = 0; copy < 3; copy++) {
            articles.add(SearchAndAlerting.article("s-crew", "en", "Crew lands near Baikonur", "A crew capsule landed on the steppe near Baikonur.",
                NOW.minus(Duration.ofMinutes(minutesAgo++))));
        }
        for (int copy = 0; copy < 2; copy++) {
            articles.add(SearchAndAlerting.article("s-lease", "en", "Baikonur lease extended", "The lease of the Baikonur site was extended.",
                NOW.minus(Duration.ofMinutes(minutesAgo++))));
        }
        platform.index(articles);
    }

    @AfterAll
    static void stopTheServices() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void subscriptionsFollowTheirMonitorAndASpikeAlertsOnceForTheDay() throws Exception {
        String analyst = Tokens.userToken(platform.realm, Tokens.ANALYST);
        int monitor = as(analyst).body(Map.of("name", "Baikonur", "query", QUERY)).post(platform.searchUrl + "/api/monitors")
            .then().statusCode(201).extract().path("id");

        int keyword = as(analyst).body(Map.of("name", "Baikonur as it happens", "monitorId", monitor)).post(platform.alertingUrl + "/api/subscriptions")
            .then().statusCode(201).extract().path("id");
        JsonPath followed = subscription(analyst, keyword);
        assertEquals(QUERY, followed.getString("query"), "the monitor's query, read as the user");
        assertEquals(monitor, followed.getInt("monitor.id"));
        assertEquals("keyword", followed.getString("kind"));

        String other = Tokens.userToken(platform.realm, Tokens.OTHER_ANALYST);
        as(other).body(Map.of("name", "someone else's monitor", "monitorId", monitor)).post(platform.alertingUrl + "/api/subscriptions")
            .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo("monitorId"));

        // the backtest of the spike subscription finds today, and only today, in the last week
        JsonPath backtest = as(analyst).body(Map.of("kind", "spike", "monitorId", monitor, "timeZone", ZONE.getId(), "days", 7))
            .post(platform.alertingUrl + "/api/subscriptions/preview").then().statusCode(200).extract().jsonPath();
        assertEquals(1, backtest.getInt("alerts"));
        assertEquals(15, backtest.getInt("matchedArticles"), "six baseline days and today's nine");
        assertEquals(LocalDate.ofInstant(NOW, ZONE).toString(), backtest.getString("perDay[6].day"));
        assertEquals(1, backtest.getInt("perDay[6].alerts"));
        assertEquals(9, backtest.getInt("perDay[6].articles"));
        assertTrue(backtest.getString("sample[0].title").contains("9 articles"), backtest.getString("sample[0].title"));

        int spike = as(analyst).body(Map.of("name", "Baikonur surges", "monitorId", monitor, "kind", "spike", "timeZone", ZONE.getId()))
            .post(platform.alertingUrl + "/api/subscriptions").then().statusCode(201).extract().path("id");
        waitFor(() -> alerts(analyst, spike).size() == 1, Duration.ofSeconds(30), "the spike alert");
        Thread.sleep(3000); // three more beats see the signal on
        List<Map<String, Object>> spikeAlerts = alerts(analyst, spike);
        assertEquals(1, spikeAlerts.size(), "one spike alert for the day: " + spikeAlerts);
        JsonPath alert = JsonPath.from(RestAssured.given().auth().oauth2(analyst).get(platform.alertingUrl + "/api/alerts/" + spikeAlerts.get(0).get("id"))
            .then().statusCode(200).extract().asString());
        assertEquals("spike", alert.getString("alert.kind"));
        assertEquals(9, alert.getInt("alert.spike.spike.count"));
        assertEquals(1.0, alert.getDouble("alert.spike.spike.baselineMean"), 1e-9);
        assertEquals(3, alert.getList("alert.spike.stories").size());
        assertEquals(3, alert.getList("alert.explanation.passages").size(), "the day's three stories explain it");
        assertTrue(alert.getString("alert.explanation.title").startsWith("Baikonur: 9 articles on "), alert.getString("alert.explanation.title"));

        // the monitor is edited in search: its subscription follows, and the live matching with it
        as(analyst).body(Map.of("name", "Baikonur and Plesetsk", "query", QUERY + " OR plesetsk", "languages", List.of("en")))
            .put(platform.searchUrl + "/api/monitors/" + monitor).then().statusCode(200);
        waitFor(() -> subscription(analyst, keyword).getString("query").contains("plesetsk"), Duration.ofSeconds(30), "the edit to be followed");
        assertEquals(List.of("en"), subscription(analyst, keyword).getList("languages"));
        platform.handOff(List.of(
            SearchAndAlerting.article("s-plesetsk", "en", "Satellite launched from Plesetsk", "A satellite was launched from Plesetsk.", Instant.now()),
            SearchAndAlerting.article("s-ar-later", "ar", "بايكونور تستعد لإطلاق جديد", "تستعد بايكونور لإطلاق جديد.", Instant.now())));
        waitFor(() -> count(platform.alertingDatabase, "SELECT count(*) FROM article_inbox WHERE matched_at IS NULL") == 0,
            Duration.ofSeconds(30), "the handed-off articles to be matched");
        List<Map<String, Object>> matched = alerts(analyst, keyword);
        assertEquals(1, matched.size(), "the English Plesetsk article; the Arabic one is outside the monitor's new language filter: " + matched);
        assertEquals("Satellite launched from Plesetsk", matched.get(0).get("title"));

        // the monitor is deleted: its subscriptions are muted, saying since when
        RestAssured.given().auth().oauth2(analyst).delete(platform.searchUrl + "/api/monitors/" + monitor).then().statusCode(204);
        waitFor(() -> !subscription(analyst, spike).getBoolean("active"), Duration.ofSeconds(30), "the spike subscription to be muted");
        for (int id : List.of(keyword, spike)) {
            JsonPath muted = subscription(analyst, id);
            assertEquals(false, muted.getBoolean("active"));
            assertNotNull(muted.getString("monitor.missingSince"));
        }
    }

    private static RequestSpecification as(String token) {
        return RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static JsonPath subscription(String token, int id) {
        return RestAssured.given().auth().oauth2(token).get(platform.alertingUrl + "/api/subscriptions/" + id).then().statusCode(200)
            .extract().jsonPath();
    }

    private static List<Map<String, Object>> alerts(String token, int subscription) {
        List<Map<String, Object>> all = RestAssured.given().auth().oauth2(token).queryParam("size", 200).get(platform.alertingUrl + "/api/alerts")
            .then().statusCode(200).extract().path("items");
        return all.stream().filter(a -> ((Number) a.get("subscriptionId")).intValue() == subscription).toList();
    }
}
