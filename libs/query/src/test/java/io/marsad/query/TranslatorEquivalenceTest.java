package io.marsad.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.marsad.local.testing.TestServers;
import io.marsad.query.elasticsearch.ElasticsearchQueryTranslator;
import io.marsad.query.lucene.LuceneArticles;
import io.marsad.query.lucene.LuceneQueryTranslator;
import io.marsad.support.elasticsearch.ArticleDocument;
import io.marsad.support.elasticsearch.ArticleIndices;
import org.apache.hc.core5.http.HttpHost;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search (Elasticsearch) and alerting (Lucene) match the same articles for the same query: every
 * query of {@code equivalence/queries.txt} — words in four scripts with their spelling variants,
 * AND/OR/NOT, phrases, NEAR/ONEAR, wildcards, every field — is run by the Elasticsearch translator
 * on a real node over an index made from the article template, and by the Lucene translator over an
 * in-memory index of the same articles analysed with the libs/text chains. A change to either
 * translator, to the template's analysis or to the Lucene layout alone makes them disagree.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TranslatorEquivalenceTest {

    static final String INDEX = "articles-query-equivalence";

    final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    List<ArticleDocument> articles;
    List<String> queries;
    Rest5Client rest;
    ElasticsearchClient elasticsearch;
    ByteBuffersDirectory directory;
    IndexSearcher lucene;

    @BeforeAll
    void indexTheCorpusBothWays() throws Exception {
        articles = new ArrayList<>();
        for (String line : lines("/equivalence/articles.jsonl")) {
            articles.add(json.readValue(line, ArticleDocument.class));
        }
        queries = lines("/equivalence/queries.txt");

        URI node = TestServers.elasticsearch();
        rest = Rest5Client.builder(new HttpHost(node.getScheme(), node.getHost(), node.getPort())).build();
        elasticsearch = new ElasticsearchClient(new Rest5ClientTransport(rest, new JacksonJsonpMapper(json)));
        String template = ArticleIndices.templateJson(0);
        // the template's settings and mappings, as the body of one index (no alias: it is not a monthly index)
        var body = json.readTree(template).path("template");
        ((com.fasterxml.jackson.databind.node.ObjectNode) body).remove("aliases");
        if (elasticsearch.indices().exists(e -> e.index(INDEX)).value()) {
            elasticsearch.indices().delete(d -> d.index(INDEX));
        }
        elasticsearch.indices().create(c -> c.index(INDEX).withJson(new StringReader(body.toString())));
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(co.elastic.clients.elasticsearch._types.Refresh.True);
        articles.forEach(article -> bulk.operations(op -> op.index(i -> i.index(INDEX).id(article.id()).document(article))));
        var response = elasticsearch.bulk(bulk.build());
        assertTrue(!response.errors(), () -> "bulk indexing failed: " + response.items().stream()
            .filter(i -> i.error() != null).map(i -> i.id() + " " + i.error().reason()).toList());

        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(LuceneArticles.analyzer()))) {
            for (ArticleDocument article : articles) {
                writer.addDocument(LuceneArticles.document(article));
            }
        }
        lucene = new IndexSearcher(DirectoryReader.open(directory));
    }

    @AfterAll
    void close() throws Exception {
        if (lucene != null) {
            lucene.getIndexReader().close();
        }
        if (rest != null) {
            elasticsearch.indices().delete(d -> d.index(INDEX));
            rest.close();
        }
    }

    @Test
    void everyQueryMatchesTheSameArticlesInElasticsearchAndLucene() throws Exception {
        assertTrue(queries.size() >= 40, "only " + queries.size() + " queries");
        List<String> differences = new ArrayList<>();
        int selective = 0;
        for (String query : queries) {
            QueryNode parsed = QueryParser.parse(query);
            Set<String> inElasticsearch = elasticsearch(parsed);
            Set<String> inLucene = lucene(parsed);
            if (!inElasticsearch.equals(inLucene)) {
                differences.add(query + "\n    Elasticsearch " + inElasticsearch + "\n    Lucene        " + inLucene);
            }
            if (!inElasticsearch.isEmpty() && inElasticsearch.size() < articles.size()) {
                selective++;
            }
        }
        assertEquals("", String.join("\n", differences), differences.size() + " of " + queries.size() + " queries differ");
        // the comparison means something only if the queries tell articles apart
        assertTrue(selective >= queries.size() - 5, "only " + selective + " of " + queries.size() + " queries match some but not all articles");
    }

    @Test
    void spellingVariantsAndStemsMatchTheSameArticlesOnBothSides() throws Exception {
        // not only equal, but right: the variants meet, so a vacuous translation (matching nothing) would fail here
        Set<String> putin = lucene(QueryParser.parse("بوتين"));
        assertEquals(Set.of("ar01", "ar02"), putin);
        assertEquals(putin, elasticsearch(QueryParser.parse("بـوتـين")));
        assertEquals(Set.of("ar01", "ar02"), lucene(QueryParser.parse("\"کوریا الشمالیة\"")));
        assertEquals(Set.of("en03", "en05", "fr03"), elasticsearch(QueryParser.parse("sanctions")));
        assertEquals(Set.of("en04"), lucene(QueryParser.parse("minister ONEAR/2 port")));
        assertEquals(Set.of("ar03", "ar04"), elasticsearch(QueryParser.parse("غزه")));
    }

    @Test
    void savedSearchFiltersMatchTheSameArticlesOnBothSides() throws Exception {
        record Filtered(String query, List<String> languages, List<String> sources, List<String> entities, Set<String> expected) {}
        List<Filtered> cases = List.of(
            new Filtered("Putin OR بوتين OR Путин", List.of("ar", "ru"), List.of(), List.of(), Set.of("ar01", "ar02", "ru01", "ru02")),
            new Filtered("Kim", List.of(), List.of("SKY NEWS"), List.of(), Set.of("en01", "en08")),
            new Filtered("بوتين", List.of(), List.of("سكاي نيوز عربية", "Reuters"), List.of(), Set.of("ar01")),
            new Filtered("sanction*", List.of(), List.of(), List.of("country:RU"), Set.of("en03", "en05", "fr03")),
            new Filtered("Gaza OR غزة", List.of("en"), List.of("Reuters"), List.of("org:united-nations"), Set.of("en02")));
        for (Filtered c : cases) {
            QueryNode parsed = QueryParser.parse(c.query());
            var response = elasticsearch.search(s -> s.index(INDEX).size(articles.size()).source(src -> src.fetch(false))
                .query(ElasticsearchQueryTranslator.withFilters(parsed, c.languages(), c.sources(), c.entities(), List.of())), Void.class);
            Set<String> inElasticsearch = new TreeSet<>();
            response.hits().hits().forEach(hit -> inElasticsearch.add(hit.id()));
            Set<String> inLucene = new TreeSet<>();
            StoredFields stored = lucene.storedFields();
            for (ScoreDoc hit : lucene.search(LuceneQueryTranslator.withFilters(parsed, c.languages(), c.sources(), c.entities()),
                articles.size()).scoreDocs) {
                inLucene.add(stored.document(hit.doc).get(LuceneArticles.ID));
            }
            assertEquals(inElasticsearch, inLucene, c.toString());
            assertEquals(new TreeSet<>(c.expected()), inLucene, c.toString());
        }
    }

    private Set<String> elasticsearch(QueryNode query) throws Exception {
        var response = elasticsearch.search(s -> s.index(INDEX).size(articles.size()).source(src -> src.fetch(false))
            .query(ElasticsearchQueryTranslator.translate(query)), Void.class);
        Set<String> ids = new TreeSet<>();
        response.hits().hits().forEach(hit -> ids.add(hit.id()));
        return ids;
    }

    private Set<String> lucene(QueryNode query) throws Exception {
        Set<String> ids = new TreeSet<>();
        StoredFields stored = lucene.storedFields();
        for (ScoreDoc hit : lucene.search(LuceneQueryTranslator.translate(query), articles.size()).scoreDocs) {
            ids.add(stored.document(hit.doc).get(LuceneArticles.ID));
        }
        return ids;
    }

    private List<String> lines(String resource) throws Exception {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
            Objects.requireNonNull(getClass().getResourceAsStream(resource), resource), StandardCharsets.UTF_8))) {
            return in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
