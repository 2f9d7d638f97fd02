package io.marsad.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.marsad.local.process.ManagedProcess;
import io.marsad.local.process.Ports;
import io.marsad.local.testing.PackagedService;
import io.marsad.local.testing.TestServers;
import io.marsad.local.testing.Tokens;
import io.marsad.support.elasticsearch.ArticleDocument;
import io.marsad.support.elasticsearch.ArticleIndices;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static io.marsad.local.testing.Eventually.count;
import static io.marsad.local.testing.Eventually.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The backtest of a draft subscription against what the saved subscription then raises: the
 * packaged search and alerting services as real processes, articles indexed under the article
 * template (as enrichment indexes them) and then handed to alerting (as enrichment hands them
 * off), in the order they became searchable. Per day, in the draft's time zone, the preview's
 * alert counts equal the alerts the live matching records; so do the stories and their copies.
 */
class BacktestIT {

    static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MINUTES);

    static SearchAndAlerting platform;
    static String alertingUrl;
    static String alertingDatabase;
    static String realm;
    static final List<ArticleDocument> ARTICLES = new ArrayList<>();

    @BeforeAll
    static void startTheServices() {
        platform = SearchAndAlerting.start("system", Map.of());
        alertingUrl = platform.alertingUrl;
        alertingDatabase = platform.alertingDatabase;
        realm = platform.realm;
        indexArticles();
    }

    @AfterAll
    static void stopTheServices() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void theBacktestCountsPerDayWhatTheSubscriptionThenRaises() throws Exception {
        String analyst = Tokens.userToken(realm, Tokens.ANALYST);
        Map<String, Object> everyLanguage = draft("Putin, every spelling", "بوتين OR putin", List.of());
        Map<String, Object> arabicOnly = draft("Putin in Arabic", "بوتين OR putin", List.of("ar"));

        JsonPath everyPreview = preview(analyst, everyLanguage);
        JsonPath arabicPreview = preview(analyst, arabicOnly);
        assertTrue(everyPreview.getBoolean("complete"));
        assertEquals(7, everyPreview.getList("perDay").size(), "every day of the range, the empty ones too");
        assertEquals(12, everyPreview.getLong("matchedArticles"), "the Putin articles in Arabic (Persian letters, diacritics, tatweel too) "
            + "and English; not the Russian one, nor the off-topic ones");
        assertEquals(6, everyPreview.getInt("alerts"), "one per story within a day, the English story twice (35 h apart)");
        assertEquals(3, arabicPreview.getInt("alerts"));
        String highlighted = everyPreview.getString("sample[0].highlights");
        assertTrue(highlighted.contains("<mark>"), "the sample shows why it matched: " + highlighted);

        int everyId = subscribe(analyst, everyLanguage);
        int arabicId = subscribe(analyst, arabicOnly);
        platform.handOff(ARTICLES);
        waitFor(() -> count(alertingDatabase, "SELECT count(*) FROM article_inbox WHERE matched_at IS NULL") == 0, Duration.ofSeconds(60),
            "every handed-off article to be matched");

        List<Map<String, Object>> alerts = RestAssured.given().auth().oauth2(analyst).queryParam("size", 200).get(alertingUrl + "/api/alerts")
            .then().statusCode(200).extract().path("items");
        assertEquals(perDay(everyPreview), livePerDay(alerts, everyId), "per day, the backtest counted what the subscription raised");
        assertEquals(perDay(arabicPreview), livePerDay(alerts, arabicId), "and with a language filter");
        assertEquals(storiesAndCopies(everyPreview), liveStoriesAndCopies(alerts, everyId), "the same stories, with as many copies each");
        System.out.printf("backtest = live: %s alerts per day; stories and copies %s%n", perDay(everyPreview), storiesAndCopies(everyPreview));
    }

    @Test
    void aBacktestSeesWhatTheUserSearchSeesAndRefusesBadDrafts() {
        String analyst = Tokens.userToken(realm, Tokens.ANALYST);
        RestAssured.given().auth().oauth2(analyst).contentType(ContentType.JSON).body(Map.of("query", "\"unclosed phrase"))
            .post(alertingUrl + "/api/subscriptions/preview").then().statusCode(400).contentType("application/problem+json");
        JsonPath nothing = preview(analyst, draft("nothing", "zanzibar AND okapi", List.of()));
        assertEquals(0, nothing.getInt("alerts"));
        assertEquals(0.0, nothing.getDouble("alertsPerDay"));
        assertTrue(nothing.getList("sample").isEmpty());
    }

    private static Map<String, Object> draft(String name, String query, List<String> languages) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("name", name);
        draft.put("query", query);
        draft.put("languages", languages);
        draft.put("timeZone", RIYADH.getId());
        draft.put("days", 7);
        draft.put("sample", 20);
        return draft;
    }

    private static JsonPath preview(String token, Map<String, Object> draft) {
        return RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON).body(draft).post(alertingUrl + "/api/subscriptions/preview")
            .then().statusCode(200).extract().jsonPath();
    }

    private static int subscribe(String token, Map<String, Object> draft) {
        return RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON).body(draft).post(alertingUrl + "/api/subscriptions")
            .then().statusCode(201).extract().path("id");
    }

    /** day → alerts, the days without any left out. */
    private static Map<String, Integer> perDay(JsonPath preview) {
        Map<String, Integer> days = new TreeMap<>();
        for (Map<String, Object> day : preview.<Map<String, Object>>getList("perDay")) {
            if ((Integer) day.get("alerts") > 0) {
                days.put((String) day.get("day"), (Integer) day.get("alerts"));
            }
        }
        return days;
    }

    private static Map<String, Integer> livePerDay(List<Map<String, Object>> alerts, int subscription) {
        Map<String, Integer> days = new TreeMap<>();
        for (Map<String, Object> alert : alerts) {
            if (((Number) alert.get("subscriptionId")).intValue() == subscription) {
                days.merge(LocalDate.ofInstant(Instant.parse((String) alert.get("publishedAt")), RIYADH).toString(), 1, Integer::sum);
            }
        }
        return days;
    }

    private static List<String> storiesAndCopies(JsonPath preview) {
        return preview.<Map<String, Object>>getList("sample").stream().map(s -> s.get("storyId") + "×" + s.get("copies")).sorted().toList();
    }

    private static List<String> liveStoriesAndCopies(List<Map<String, Object>> alerts, int subscription) {
        return alerts.stream().filter(a -> ((Number) a.get("subscriptionId")).intValue() == subscription)
            .map(a -> a.get("storyId") + "×" + a.get("copies")).sorted().toList();
    }

    // ---- the articles: indexed as enrichment indexes them, handed off as it hands them off ----

    private static void indexArticles() {
        // the Arabic story: four copies within a day, one of them with Persian letters and diacritics
        story("s-ar-summit", "ar", "بوتين يستقبل كيم في فوستوتشني", "استقبل الرئيس الروسي فلاديمير بوتين زعيم كوريا الشمالية.", 100, 99, 97, 80);
        ARTICLES.add(article("s-ar-summit", "ar", "بُوتین و کیم في القمة", "التقى الرئيس بُوتین بالزعيم الكوري.", 98));
        // the English story, published again 35 hours after it began: two alerts
        story("s-en-talks", "en", "Putin meets Kim", "Russian President Vladimir Putin met Kim Jong Un.", 75, 60, 40);
        // Arabic with tatweel, a story of its own
        story("s-ar-tatweel", "ar", "بوتـــين يتحدث عن الاقتصاد", "قال بوتـــين إن الاقتصاد الروسي ينمو.", 50);
        story("s-ar-persian", "ar", "بوتین في طهران", "وصل الرئيس بوتین إلى طهران في زيارة رسمية.", 30, 29);
        story("s-en-today", "en", "President Putin speaks", "President Putin spoke to reporters this morning.", 2);
        // not matched: Russian spelling (no transliteration in queries), and other news
        story("s-ru", "ru", "Путин встретился с Ким Чен Ыном", "Президент России Владимир Путин встретился с лидером КНДР.", 70);
        story("s-en-oil", "en", "Oil prices fall", "Crude oil prices fell on Monday as supply rose.", 10, 9);

        platform.index(ARTICLES);
    }

    private static void story(String story, String language, String title, String body, int... hoursAgo) {
        for (int hours : hoursAgo) {
            ARTICLES.add(article(story, language, title, body, hours));
        }
    }

    private static ArticleDocument article(String story, String language, String title, String body, int hoursAgo) {
        return SearchAndAlerting.article(story, language, title, body, NOW.minus(Duration.ofHours(hoursAgo)));
    }
}
