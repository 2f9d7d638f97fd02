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

    static ManagedProcess search;
    static ManagedProcess alerting;
    static String searchUrl;
    static String alertingUrl;
    static String alertingDatabase;
    static String realm;
    static final List<ArticleDocument> ARTICLES = new ArrayList<>();

    @BeforeAll
    static void startTheServices() {
        URI elasticsearch = TestServers.elasticsearch();
        realm = TestServers.keycloak() + "/realms/marsad";
        alertingDatabase = TestServers.postgresDatabase("alerting_system");
        Path root = Path.of(System.getProperty("marsad.root", "../.."));
        Path logs = Path.of("target", "system-it");

        int searchPort = Ports.freeLoopbackPort();
        searchUrl = "http://127.0.0.1:" + searchPort;
        search = PackagedService.start("search", root.resolve("services/search/target/quarkus-app/quarkus-run.jar"), Map.of(
            "QUARKUS_HTTP_PORT", Integer.toString(searchPort),
            "QUARKUS_DATASOURCE_JDBC_URL", TestServers.postgresDatabase("search_system"),
            "QUARKUS_OIDC_AUTH_SERVER_URL", realm,
            "MARSAD_ELASTICSEARCH_HOSTS", elasticsearch.toString()), searchPort, logs);

        int alertingPort = Ports.freeLoopbackPort();
        alertingUrl = "http://127.0.0.1:" + alertingPort;
        alerting = PackagedService.start("alerting", root.resolve("services/alerting/target/quarkus-app/quarkus-run.jar"), Map.of(
            "QUARKUS_HTTP_PORT", Integer.toString(alertingPort),
            "QUARKUS_DATASOURCE_JDBC_URL", alertingDatabase,
            "QUARKUS_OIDC_AUTH_SERVER_URL", realm,
            "MARSAD_SERVICES_SEARCH_URL", searchUrl,
            "MARSAD_ALERTING_START_DELAY", "1s"), alertingPort, logs);

        indexArticles(elasticsearch);
    }

    @AfterAll
    static void stopTheServices() {
        if (alerting != null) {
            alerting.close();
        }
        if (search != null) {
            search.close();
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
        handOffInOrderOfIndexing();
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

    private static void indexArticles(URI elasticsearch) {
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

        RestAssured.given().contentType(ContentType.JSON).body(ArticleIndices.templateJson(0))
            .put(elasticsearch + "/_index_template/" + ArticleIndices.TEMPLATE).then().statusCode(200);
        StringBuilder bulk = new StringBuilder();
        for (ArticleDocument article : ARTICLES) {
            String index = ArticleIndices.indexOf(YearMonth.from(article.publishedAt().atZone(ZoneOffset.UTC)));
            bulk.append("{\"index\":{\"_index\":\"").append(index).append("\",\"_id\":\"").append(article.id()).append("\"}}\n")
                .append(json(article)).append('\n');
        }
        String answer = RestAssured.given().contentType("application/x-ndjson").body(bulk.toString().getBytes(StandardCharsets.UTF_8)).queryParam("refresh", "true")
            .post(elasticsearch + "/_bulk").then().statusCode(200).extract().asString();
        assertFalse(answer.contains("\"errors\":true"), answer);
    }

    private static void story(String story, String language, String title, String body, int... hoursAgo) {
        for (int hours : hoursAgo) {
            ARTICLES.add(article(story, language, title, body, hours));
        }
    }

    private static ArticleDocument article(String story, String language, String title, String body, int hoursAgo) {
        String id = UUID.randomUUID().toString().replace("-", "");
        Instant published = NOW.minus(Duration.ofHours(hoursAgo));
        return ArticleDocument.builder().id(id).url("https://news.example.org/" + id).canonicalUrl("https://news.example.org/" + id)
            .sourceName("Example " + language).site("news.example.org").title(title).body(body).language(language).storyId(story)
            .publishedAt(published).fetchedAt(published.plusSeconds(60)).indexedAt(published.plusSeconds(180))
            .entities(List.of()).keywords(List.of()).build();
    }

    /** One article per request, in the order they became searchable, as enrichment's relay would send them. */
    private static void handOffInOrderOfIndexing() throws Exception {
        String pipeline = Tokens.pipelineToken(realm);
        ObjectMapper mapper = mapper();
        for (ArticleDocument article : ARTICLES.stream().sorted(Comparator.comparing(ArticleDocument::indexedAt)).toList()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> sent = mapper.readValue(json(article), Map.class);
            sent.replaceAll((field, value) -> value == null && isList(field) ? List.of() : value);
            sent.put("index", ArticleIndices.indexOf(YearMonth.from(article.publishedAt().atZone(ZoneOffset.UTC))));
            RestAssured.given().auth().oauth2(pipeline).contentType(ContentType.JSON).body(Map.of("articles", List.of(sent)))
                .post(alertingUrl + "/api/articles").then().statusCode(202);
        }
    }

    private static boolean isList(String field) {
        return List.of("authors", "tags", "keywords", "entities", "persons", "organizations", "locations", "candidateNames").contains(field);
    }

    private static String json(ArticleDocument article) {
        try {
            return mapper().writeValueAsString(article);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}
