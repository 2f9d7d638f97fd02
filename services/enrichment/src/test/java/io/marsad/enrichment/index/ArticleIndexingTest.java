package io.marsad.enrichment.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.enrichment.HandOffFixtures;
import io.marsad.enrichment.service.ArticleIndex;
import io.marsad.enrichment.service.ArticleIndexer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Accepted articles end up in the real Elasticsearch node under the analysis of libs/text: the seed
 * article of shared/samples is found by its spelling variants (Persian letters, diacritics, hamza
 * forms, transliteration variants), an unrelated article is not, and a re-sent article is updated
 * in place.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticleIndexingTest {

    @Inject
    ArticleIndexer indexer;
    @Inject
    ElasticsearchClient client;
    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    String seedId;
    String unrelatedId;

    /** In a BeforeEach (once): RestAssured knows the test port only when test methods run. */
    @org.junit.jupiter.api.BeforeEach
    void intakeAndIndex() throws Exception {
        if (seedId != null) {
            return;
        }
        JsonNode seed;
        try (InputStream in = getClass().getResourceAsStream("/analysis/seed-article.json")) {
            seed = new ObjectMapper().readTree(in);
        }
        List<String> paragraphs = new ArrayList<>();
        seed.path("bodyParagraphs").forEach(p -> paragraphs.add(p.asText()));
        seedId = HandOffFixtures.newId();
        unrelatedId = HandOffFixtures.newId();
        Map<String, Object> seedArticle = HandOffFixtures.article(seedId, seed.path("title").asText());
        seedArticle.put("body", String.join("\n\n", paragraphs));
        Map<String, Object> unrelated = HandOffFixtures.article(unrelatedId, "Dockworkers end five-day strike");
        unrelated.put("body", "Dockworkers at the country's two busiest container ports returned to work on Wednesday.");
        unrelated.put("language", "en");
        given().auth().oauth2(HandOffFixtures.pipelineToken()).contentType(ContentType.JSON)
            .body(Map.of("articles", List.of(seedArticle, unrelated))).post("/api/articles").then().statusCode(202);
        assertTrue(indexer.indexPending() >= 2);
        client.indices().refresh(r -> r.index(ArticleIndex.READ_ALIAS));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"کوریا الشمالیة", "كوريا الشماليّة", "كوريا الشمالية", "بیونغ یانغ", "فوستوشني", "فوستوتشني", "أوكرانيا", "اوكرانيا",
        "بوتين", "الأقمار الاصطناعية"})
    void spellingVariantsFindTheSeedArticle(String query) throws Exception {
        List<String> hits = search(query);
        assertTrue(hits.contains(seedId), query + " → " + hits);
        assertTrue(!hits.contains(unrelatedId), query + " must not find the unrelated article");
    }

    /** A syndicated copy with another headline and its last paragraph trimmed joins the original's story. */
    @Test
    void syndicatedCopiesShareTheStoryUnrelatedArticlesDoNot() throws Exception {
        JsonNode seed;
        try (InputStream in = getClass().getResourceAsStream("/analysis/seed-article.json")) {
            seed = new ObjectMapper().readTree(in);
        }
        List<String> paragraphs = new ArrayList<>();
        seed.path("bodyParagraphs").forEach(p -> paragraphs.add(p.asText()));
        String copyId = HandOffFixtures.newId();
        Map<String, Object> copy = HandOffFixtures.article(copyId, "قمة بوتين وكيم في الشرق الأقصى الروسي");
        copy.put("body", String.join("\n\n", paragraphs.subList(0, paragraphs.size() - 1)));
        copy.put("canonicalUrl", "https://other-site.example/copy/" + copyId);
        given().auth().oauth2(HandOffFixtures.pipelineToken()).contentType(ContentType.JSON).body(Map.of("articles", List.of(copy)))
            .post("/api/articles").then().statusCode(202);
        indexer.indexPending();
        client.indices().refresh(r -> r.index(ArticleIndex.READ_ALIAS));
        assertEquals(storyOf(seedId), storyOf(copyId));
        assertTrue(!storyOf(unrelatedId).equals(storyOf(seedId)));
    }

    private String storyOf(String id) throws Exception {
        SearchResponse<Map> found = client.search(s -> s.index(ArticleIndex.READ_ALIAS).query(q -> q.ids(i -> i.values(id))), Map.class);
        return (String) found.hits().hits().get(0).source().get("storyId");
    }

    @Test
    void eachArticlesTextIsAnalysedByItsOwnLanguagesChainOnly() throws Exception {
        assertEquals(Set.of("title_ar", "body_ar"), languageFields(seedId), "the Arabic seed article");
        assertEquals(Set.of("title_en", "body_en"), languageFields(unrelatedId), "the English one");
        // "strikes" is in neither text: only the English chain's stem ("strike") finds the English article
        assertTrue(search("strikes").contains(unrelatedId));
    }

    private Set<String> languageFields(String id) throws Exception {
        Set<String> present = new java.util.TreeSet<>();
        for (String text : List.of("title", "body")) {
            for (String language : io.marsad.support.elasticsearch.ArticleFields.LANGUAGES) {
                String field = io.marsad.support.elasticsearch.ArticleFields.inLanguage(text, language);
                long count = client.count(c -> c.index(ArticleIndex.READ_ALIAS).query(q -> q.bool(b -> b.filter(f -> f.ids(i -> i.values(id)))
                    .filter(f -> f.exists(e -> e.field(field)))))).count();
                if (count > 0) {
                    present.add(field);
                }
            }
        }
        return present;
    }

    @Test
    void theWriteIndexRefreshesAtTheConfiguredInterval() throws Exception {
        String writeIndex = client.indices().getAlias(a -> a.name(ArticleIndex.WRITE_ALIAS)).aliases().keySet().iterator().next();
        var settings = client.indices().getSettings(s -> s.index(writeIndex)).get(writeIndex).settings().index();
        assertEquals("5000ms", settings.refreshInterval().time(), "marsad.index.refresh-interval's default, 5s");
    }

    @Test
    void howFreshTheIndexIsIsMeasuredPerArticle() {
        String metrics = io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
        // the fixtures say they were published in 2023 and fetched in 2025: both timers counted them, with their true ages
        Map<String, Double> longest = new java.util.HashMap<>();
        for (String timer : List.of("marsad_enrichment_published_to_searchable_seconds", "marsad_enrichment_fetched_to_searchable_seconds")) {
            java.util.regex.Matcher count = java.util.regex.Pattern.compile(timer + "_count(\\{[^}]*\\})? ([0-9.]+)").matcher(metrics);
            assertTrue(count.find() && Double.parseDouble(count.group(2)) >= 2, timer + " in /q/metrics");
            java.util.regex.Matcher max = java.util.regex.Pattern.compile(timer + "_max(\\{[^}]*\\})? ([0-9.E]+)").matcher(metrics);
            assertTrue(max.find(), timer + "_max");
            longest.put(timer.contains("published") ? "published" : "fetched", Double.parseDouble(max.group(2)));
        }
        assertTrue(longest.get("fetched") > 86_400, "fetched a year before indexing: " + longest);
        assertTrue(longest.get("published") > longest.get("fetched") + 365 * 86_400.0, "published two years before the fetch: " + longest);
    }

    @Test
    void entitiesAreIndexedAsIdsAndNames() throws Exception {
        SearchResponse<Map> byId = client.search(s -> s.index(ArticleIndex.READ_ALIAS)
            .query(q -> q.term(t -> t.field("entities").value("person:vladimir-putin"))), Map.class);
        List<String> hits = byId.hits().hits().stream().map(h -> h.id()).toList();
        assertTrue(hits.contains(seedId) && !hits.contains(unrelatedId), hits.toString());
        Map<?, ?> seed = byId.hits().hits().stream().filter(h -> h.id().equals(seedId)).findFirst().orElseThrow().source();
        assertTrue(((List<?>) seed.get("persons")).contains("Kim Jong Un"), seed.get("persons").toString());
        assertTrue(((List<?>) seed.get("locations")).contains("North Korea"), seed.get("locations").toString());
        assertTrue(((List<?>) seed.get("entities")).contains("place:vostochny-cosmodrome"));
        assertEquals(List.of("ألكسندر كوزلوف"), seed.get("candidateNames"), "the one unknown minister is proposed, nothing else");
    }

    @Test
    void putinInThreeScriptsIsOneEntityInTheIndex() throws Exception {
        Map<String, String> spellings = Map.of("ar", "قال الرئيس بوتين إن المحادثات مستمرة.", "en", "Putin said the talks would continue.",
            "ru", "Путин заявил, что переговоры продолжатся.");
        Map<String, String> ids = new java.util.HashMap<>();
        List<Map<String, Object>> articles = new ArrayList<>();
        spellings.forEach((language, text) -> {
            String id = HandOffFixtures.newId();
            ids.put(language, id);
            Map<String, Object> article = HandOffFixtures.article(id, text);
            article.put("body", text);
            article.put("language", language);
            articles.add(article);
        });
        given().auth().oauth2(HandOffFixtures.pipelineToken()).contentType(ContentType.JSON).body(Map.of("articles", articles))
            .post("/api/articles").then().statusCode(202);
        indexer.indexPending();
        client.indices().refresh(r -> r.index(ArticleIndex.READ_ALIAS));
        SearchResponse<Map> found = client.search(s -> s.index(ArticleIndex.READ_ALIAS).size(100)
            .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("entities").value("person:vladimir-putin")))
                .filter(f -> f.ids(i -> i.values(List.copyOf(ids.values())))))), Map.class);
        assertEquals(Set.copyOf(ids.values()), found.hits().hits().stream().map(h -> h.id()).collect(java.util.stream.Collectors.toSet()),
            "بوتين, Putin and Путин are the one entity person:vladimir-putin");
    }

    @Test
    void keywordsAreThePagesTagsThenItsSalientTerms() throws Exception {
        SearchResponse<Map> found = client.search(s -> s.index(ArticleIndex.READ_ALIAS).query(q -> q.ids(i -> i.values(seedId, unrelatedId))), Map.class);
        Map<?, ?> seed = found.hits().hits().stream().filter(h -> h.id().equals(seedId)).findFirst().orElseThrow().source();
        List<?> keywords = (List<?>) seed.get("keywords");
        assertEquals("بوتين", keywords.get(0), "the page's tag comes first: " + keywords);
        assertTrue(keywords.size() > 5 && keywords.stream().noneMatch(k -> List.of("في", "من", "على", "إلى").contains(k)), keywords.toString());
        Map<?, ?> unrelated = found.hits().hits().stream().filter(h -> h.id().equals(unrelatedId)).findFirst().orElseThrow().source();
        assertTrue(((List<?>) unrelated.get("keywords")).contains("dockworkers"), unrelated.get("keywords").toString());
        // the keywords field is searchable with the folded keyword normaliser
        SearchResponse<Map> byKeyword = client.search(s -> s.index(ArticleIndex.READ_ALIAS)
            .query(q -> q.term(t -> t.field("keywords").value("DOCKWORKERS"))), Map.class);
        assertTrue(byKeyword.hits().hits().stream().anyMatch(h -> h.id().equals(unrelatedId)));
    }

    @Test
    void englishLightStemmingFindsTheUnrelatedOneNotTheSeed() throws Exception {
        List<String> hits = search("dockworker port"); // KStem: Dockworkers → dockworker, ports → port
        assertTrue(hits.contains(unrelatedId), hits.toString());
        assertTrue(!hits.contains(seedId));
    }

    @Test
    void aResentArticleIsUpdatedInPlace() throws Exception {
        String id = HandOffFixtures.newId();
        for (String title : List.of("نسخة أولى", "نسخة ثانية")) {
            given().auth().oauth2(HandOffFixtures.pipelineToken()).contentType(ContentType.JSON)
                .body(Map.of("articles", List.of(HandOffFixtures.article(id, title)))).post("/api/articles").then().statusCode(202);
            indexer.indexPending();
        }
        client.indices().refresh(r -> r.index(ArticleIndex.READ_ALIAS));
        SearchResponse<Map> found = client.search(s -> s.index(ArticleIndex.READ_ALIAS).query(q -> q.ids(i -> i.values(id))), Map.class);
        assertEquals(1, found.hits().total().value());
        assertEquals("نسخة ثانية", found.hits().hits().get(0).source().get("title"));
        assertEquals("Arab", found.hits().hits().get(0).source().get("script"));
        assertEquals("news.example.org", found.hits().hits().get(0).source().get("site"), "the host, for site: queries");
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.PreparedStatement row = c.prepareStatement(
                 "SELECT payload::text, index_name FROM article_intake WHERE article_id = ?")) {
            row.setString(1, id);
            try (java.sql.ResultSet result = row.executeQuery()) {
                assertTrue(result.next());
                assertEquals("{}", result.getString(1), "an indexed article's text is left to the index");
                assertEquals(found.hits().hits().get(0).index(), result.getString(2), "its index is kept, for the next copy");
            }
        }
    }

    /** All words in one of the analysed fields (the search service builds its real queries in its own issue). */
    private List<String> search(String text) throws Exception {
        List<String> fields = List.of("title", "title_ar", "title_fa", "title_en", "body", "body_ar", "body_fa", "body_en");
        SearchResponse<Map> response = client.search(s -> s.index(ArticleIndex.READ_ALIAS).size(50)
            .query(q -> q.bool(b -> {
                fields.forEach(field -> b.should(sh -> sh.match(m -> m.field(field).query(text)
                    .operator(co.elastic.clients.elasticsearch._types.query_dsl.Operator.And))));
                return b.minimumShouldMatch("1");
            })), Map.class);
        return response.hits().hits().stream().map(h -> h.id()).toList();
    }
}
