package io.marsad.search.rest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import io.marsad.local.testing.Tokens;
import io.marsad.support.elasticsearch.ArticleIndices;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search API on the real Elasticsearch node, with articles indexed under the article index's
 * template (libs/elasticsearch-support), every operator of the query language, story collapsing,
 * facets, the timeline, and bad input.
 */
@QuarkusTest
class SearchResourceTest {

    @Inject
    ElasticsearchClient client;

    @Inject
    io.marsad.search.service.ArchiveStart archiveStart;

    @BeforeEach
    void index() throws Exception {
        ArticleFixtures.ensureIndexed(client);
    }

    static ValidatableResponse search(String q, Object... params) {
        var request = given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).queryParam("q", q);
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam((String) params[i], params[i + 1]);
        }
        return request.get("/api/search").then();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // words, implicit AND, AND, OR, NOT and -
        "putin kim | a3",
        "putin AND missile | a3",
        "sanctions OR football | a4,a5",
        "\"North Korea\" -sport | a3",
        "\"North Korea\" NOT football | a3",
        // phrases and spelling variants through the Arabic chain: Persian letters, diacritics, hamza forms
        "\"كوريا الشمالية\" | a1",
        "\"کوریا الشمالیة\" | a1",
        "\"كوريا الشماليّة\" | a1",
        "روسيا AND (بوتين OR كيم) | a1",
        // NEAR, in any order and in order
        "kim NEAR/3 missile | a3",
        "kim NEAR/8 missile | a3,a6",
        "kim ONEAR/8 missile | a3",
        "missile ONEAR/8 kim | a6",
        "\"North Korea\" NEAR/3 (Kim OR Pyongyang) | a3",
        // trailing wildcards, on folded words
        "sanction* | a5",
        "فوستوت* | a1",
        // fields
        "title:missile* | a3,a6",
        "title:كيم | a1",
        "source:reuters missile | a3,a6",
        "site:https://www.reuters.com/world kim | a3,a6",
        "lang:fr russie | a5",
        "entity:country:RU | a4,a5",
        "entity:\"Kim Jong Un\" lang:en | a3,a6",
        "tag:SPORT | a4",
    })
    void everyOperator(String q, String expected) {
        search(q, "size", 50).statusCode(200).body("hits.article.id", containsInAnyOrder(expected.split(",")));
    }

    @Test
    void copiesOfOneStoryAreOneResultWithTheirOtherSources() {
        search("فوستوتشني").statusCode(200)
            .body("total", equalTo(2))
            .body("stories", equalTo(1))
            .body("hits", hasSize(1))
            .body("hits[0].storyId", equalTo("s1"))
            .body("hits[0].articlesInStory", equalTo(2))
            .body("hits[0].others.source", hasItem(org.hamcrest.Matchers.anyOf(equalTo("Al Arabiya"), equalTo("Sky News Arabia"))))
            .body("hits[0].highlights.title[0]", containsString("<mark>"));
    }

    @Test
    void aStoryCountsOnlyItsArticlesThatMatchTheFilters() {
        // story s1 has two copies, from Sky News Arabia and Al Arabiya: filtered to one source, the other copy is not in it
        search("فوستوتشني", "source", "Al Arabiya").statusCode(200)
            .body("hits", hasSize(1))
            .body("hits[0].articlesInStory", equalTo(1))
            .body("hits[0].others", hasSize(0));
    }

    @Test
    void aWordMatchedOnlyByItsStemIsHighlightedToo() {
        // "sanction" is not in the French text, "sanctions" is: only the stemmed sub-fields match it
        search("sanction", "lang", "fr").statusCode(200)
            .body("hits[0].highlights.title[0]", equalTo("Nouvelles <mark>sanctions</mark> contre la Russie"))
            .body("hits[0].highlights.body[0]", containsString("Les <mark>sanctions</mark> visent"));
    }

    @Test
    void theNodeMarsadStartsDoesNotRewriteAggregationsIntoFilters() throws Exception {
        // docs/query-language.md#latency: the rewrite made the facets three times slower
        var settings = client.cluster().getSettings(s -> s.includeDefaults(true).flatSettings(true));
        String key = "search.aggs.rewrite_to_filter_by_filter";
        var value = settings.persistent().containsKey(key) ? settings.persistent().get(key)
            : settings.transient_().containsKey(key) ? settings.transient_().get(key) : settings.defaults().get(key);
        assertEquals("false", value == null ? null : value.to(String.class));
    }

    @Test
    void theAnswerTellsElasticsearchsShareOfItsTime() {
        search("putin").statusCode(200)
            .header("Server-Timing", org.hamcrest.Matchers.matchesPattern("elasticsearch;dur=\\d+, elasticsearch-round-trips;dur=\\d+\\.\\d"));
    }

    @Test
    void aSearchBeforeAnyArticleIsIndexedFindsNothingInsteadOfFailing() throws Exception {
        // a new platform has no article index until enrichment indexes the first article: the read alias names nothing
        List<String> indices = List.copyOf(client.indices().getAlias(a -> a.name(ArticleIndices.READ_ALIAS)).aliases().keySet());
        assertTrue(!indices.isEmpty(), "the fixtures' indices carry the read alias");
        client.indices().deleteAlias(d -> d.index(indices).name(ArticleIndices.READ_ALIAS));
        try {
            search("putin").statusCode(200).body("total", equalTo(0)).body("hits", hasSize(0)).body("facets.sources", hasSize(0));
        } finally {
            client.indices().putAlias(a -> a.index(indices).name(ArticleIndices.READ_ALIAS));
        }
        search("putin").statusCode(200).body("hits", not(hasSize(0)));
    }

    @Test
    void highlightsAreHtmlTheArticlesTextEscapedAndTheMatchedWordsMarked() {
        search("zanzibarite").statusCode(200)
            .body("hits[0].highlights.title[0]", equalTo("<mark>Zanzibarite</mark> &amp; &lt;b&gt;bold&lt;&#x2F;b&gt; claims"))
            .body("hits[0].highlights.body[0]", containsString("<mark>Zanzibarite</mark> &lt;script&gt;"))
            .body("hits[0].highlights.body[0]", org.hamcrest.Matchers.not(containsString("<script")));
    }

    @Test
    void theSameSearchByPost() {
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).contentType(io.restassured.http.ContentType.JSON)
            .body(Map.of("q", "kim OR sanctions", "languages", List.of("en"), "sort", "date", "size", 5, "timeZone", "Europe/Paris"))
            .post("/api/search").then().statusCode(200)
            .body("hits.article.id", equalTo(List.of("a6", "a3"))).body("timeline.timeZone", equalTo("Europe/Paris"));
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).contentType(io.restassured.http.ContentType.JSON)
            .body(Map.of("q", "kim NEAR kim")).post("/api/search").then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).contentType(io.restassured.http.ContentType.JSON)
            .body("{\"q\": ").post("/api/search").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void withoutAStartTheTimelineIntervalFitsTheArchive() throws Exception {
        // the archive begins with a1 (20 November, 08:00); up to the next midnight that is 16 hours: hourly points, where
        // the span of the 30 days before today gave daily ones
        assertEquals(java.util.Optional.of(java.time.Instant.parse("2026-11-20T08:00:00Z")), archiveStart.get((took, wait) -> { }));
        search("بوتين", "to", "2026-11-21T00:00:00Z").statusCode(200)
            .body("timeline.interval", equalTo("hour"))
            .body("timeline.points[0].start", equalTo("2026-11-20T08:00:00Z"))
            .body("timeline.points[-1].start", equalTo("2026-11-20T10:00:00Z"));
    }

    @Test
    void facetsAndTimeline() {
        search("kim OR بوتين OR russia OR russie", "from", "2026-11-19", "to", "2026-11-26", "tz", "Asia/Riyadh").statusCode(200)
            .body("facets.languages.value", containsInAnyOrder("ar", "en", "fr"))
            .body("facets.sources.find { it.value == 'reuters' }.count", equalTo(2))
            .body("facets.persons.find { it.value == 'Kim Jong Un' }.count", equalTo(4))
            .body("timeline.interval", equalTo("day"))
            .body("timeline.timeZone", equalTo("Asia/Riyadh"))
            .body("timeline.points", hasSize(8)) // the range's days in Riyadh, from 19 to 26 November, empty ones included
            .body("timeline.points[0].start", equalTo("2026-11-18T21:00:00Z"))
            .body("timeline.points[7].start", equalTo("2026-11-25T21:00:00Z"));
        search("kim", "sort", "date").statusCode(200).body("hits[0].article.id", equalTo("a6"));
        search("kim OR sanctions", "lang", "fr").statusCode(200).body("hits.article.id", equalTo(List.of("a5")));
    }

    @Test
    void exportsStreamEveryMatchingArticleNewestFirst() {
        String all = "kim OR بوتين OR russia OR russie";
        String csv;
        byte[] csvBytes = given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).queryParam("q", all).get("/api/search/export")
            .then().statusCode(200).contentType(containsString("text/csv")).header("Content-Disposition", containsString("marsad-search.csv"))
            .extract().asByteArray(); csv = new String(csvBytes, java.nio.charset.StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertEquals("\ufeffdate,source,title,url,language,entities,story", lines.get(0), "a byte order mark, then the columns");
        assertEquals(7, lines.size(), csv);
        assertTrue(lines.get(1).startsWith("2026-11-24T09:00:00Z,Reuters,Missile test reported,https://reuters.com/news/a6,en,person:kim-jong-un,s6"), lines.get(1));
        assertTrue(csv.contains("بوتين يستقبل كيم جونغ أون في قاعدة فوستوتشني"), "Arabic as written");

        String jsonl;
        byte[] jsonlBytes = given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).queryParam("q", all).queryParam("format", "jsonl")
            .queryParam("max", 2).get("/api/search/export").then().statusCode(200).contentType(containsString("application/x-ndjson"))
            .extract().asByteArray(); jsonl = new String(jsonlBytes, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(2, jsonl.lines().count(), jsonl);
        assertTrue(jsonl.lines().findFirst().orElseThrow().contains("\"story\":\"s6\""), jsonl);

        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).queryParam("q", all).queryParam("format", "xml").get("/api/search/export")
            .then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).queryParam("q", all).queryParam("max", 0).get("/api/search/export")
            .then().statusCode(400).body("errors[0].field", equalTo("max"));
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).queryParam("q", "(kim").get("/api/search/export")
            .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("q"));
    }

    @Test
    void deepPagingReadsEveryArticleOnceThroughAPointInTime() throws Exception {
        var query = io.marsad.search.service.SearchService.query(SearchResource.check("kim OR بوتين OR russia OR russie", null, null,
            null, null, null, null, "date", 0, 1, "UTC"));
        List<String> ids = new java.util.ArrayList<>();
        try (var scroll = new io.marsad.search.service.ArticleScroll(client, query)) {
            List<co.elastic.clients.elasticsearch._types.FieldValue> after = null;
            int pages = 0;
            do {
                var page = scroll.page(after, 2);
                page.hits().forEach(h -> ids.add(h.id()));
                after = page.next();
                pages++;
            } while (after != null && pages < 10);
        }
        assertEquals(List.of("a6", "a5", "a4", "a3", "a2", "a1"), ids, "pages of two, newest first, each article once");
    }

    @Test
    void theArticlesPageThroughACursor() {
        List<String> ids = new java.util.ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).queryParam("q", "kim OR بوتين OR russia OR russie")
                .queryParam("size", 4);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/search/articles").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("articles.id", String.class));
            cursor = page.getString("next");
            pages++;
        } while (cursor != null && pages < 5);
        assertEquals(List.of("a6", "a5", "a4", "a3", "a2", "a1"), ids, "two pages, newest first, each article once");
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).queryParam("q", "kim").queryParam("cursor", "bm90LWEtY3Vyc29y")
            .get("/api/search/articles").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void anArticleIndexWhoseShardsAreNotReadyIsAnOutageNotABug() throws Exception {
        // a monthly index whose shard can go nowhere: as a new month's index is until its shard is allocated
        String index = "articles-2099.01";
        client.indices().create(c -> c.index(index).settings(s -> s.numberOfReplicas("0")
            .otherSettings(java.util.Map.of("index.routing.allocation.require._name", co.elastic.clients.json.JsonData.of("no-such-node"))))
            .waitForActiveShards(w -> w.count(0)));
        try {
            given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).queryParam("q", "kim").get("/api/search/articles")
                .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "10")
                .body("detail", containsString("Elasticsearch cannot answer now"));
        } finally {
            client.indices().delete(d -> d.index(index));
        }
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).queryParam("q", "kim").get("/api/search/articles").then().statusCode(200);
    }

    @Test
    void malformedQueriesAndBadParametersAreNamed() {
        search("(putin OR kim").statusCode(400).contentType("application/problem+json")
            .body("errors[0].field", equalTo("q")).body("detail", containsString("at character"));
        search("sa*").statusCode(400).body("errors[0].field", equalTo("q"));
        // only negations, or a lone '-' that would silently match nothing
        search("NOT putin").statusCode(400).body("errors[0].field", equalTo("q")).body("detail", containsString("at least one word"));
        search("-putin -kim").statusCode(400).body("errors[0].field", equalTo("q"));
        search("-").statusCode(400).body("errors[0].field", equalTo("q"));
        search("putin - kim").statusCode(400).body("errors[0].field", equalTo("q"))
            .body("detail", containsString("write -word with no space")).body("detail", containsString("at character 6"));
        search("putin", "size", 1000).statusCode(400).body("errors[0].field", equalTo("size"));
        search("putin", "from", "yesterday").statusCode(400).body("errors[0].field", equalTo("from"));
        search("putin", "tz", "Mars/Olympus").statusCode(400).body("errors[0].field", equalTo("tz"));
        search("putin", "sort", "random").statusCode(400).body("errors[0].field", equalTo("sort"));
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).get("/api/search").then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().queryParam("q", "putin").get("/api/search").then().statusCode(401).contentType("application/problem+json");
        search("nothing-matches-this-word-at-all").statusCode(200).body("total", equalTo(0)).body("hits", hasSize(0))
            .body("hits.article.id", not(hasItem("a1")));
    }
}
