package io.marsad.enrichment.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.marsad.support.elasticsearch.ArticleFields;
import io.marsad.support.elasticsearch.ArticleIndices;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A month indexed before each language had fields of its own (the text fields had one sub-field per
 * language chain, {@code body.en} …, on every article): installing the template over it is
 * accepted, and its articles get their language's fields, so stemmed words find them again.
 */
@QuarkusTest
class LanguageFieldsMigrationTest {

    static final String OLD_MONTH = "articles-2019.03";

    @Inject
    ElasticsearchClient client;

    @AfterEach
    void dropOldMonth() throws Exception {
        client.indices().delete(d -> d.index(OLD_MONTH).ignoreUnavailable(true));
    }

    @Test
    void anOldMonthsArticlesGetTheirLanguagesFieldsAndAreFoundByStemAgain() throws Exception {
        String oldLayout = oldLayoutIndex();
        client.indices().create(c -> c.index(OLD_MONTH).withJson(new StringReader(oldLayout)));
        String english = "0123456789abcdef0123456789ab0001";
        String german = "0123456789abcdef0123456789ab0002";
        index(english, "en", "Ministers agree sanctions", "The ministers agreed new sanctions on Tuesday.");
        index(german, "de", "Minister einigen sich", "Die Minister einigten sich auf neue Sanktionen.");
        assertEquals(List.of(), find("body_en", "sanction"), "before: the old articles are not under the language fields");
        assertEquals(List.of(english), find("body.en", "sanction"), "the old layout's sub-field");

        ArticleIndices.ensureWriteIndex(client, 0, YearMonth.now(ZoneOffset.UTC)); // the template over the old month: accepted
        // the English article (enrichment's own background run of the same copy may have been first); the German one has no chain
        assertTrue(ArticleIndices.fillLanguageFields(client) <= 1);
        assertEquals(List.of(english), find("body_en", "sanction"));
        assertEquals(List.of(english), find("title_en", "sanction"));
        assertTrue(ArticleFields.LANGUAGES.stream().noneMatch(language -> hasField(german, ArticleFields.inLanguage("body", language))),
            "a language without a chain of its own keeps the folded fields only");

        assertEquals(0, ArticleIndices.fillLanguageFields(client), "done once: nothing left to copy");
        assertEquals("The ministers agreed new sanctions on Tuesday.",
            client.get(g -> g.index(OLD_MONTH).id(english), Map.class).source().get("body"), "the article itself is unchanged");
    }

    /** The article index's mappings as they were: no language fields, one sub-field per chain under title and body, the body's term vectors. */
    private static String oldLayoutIndex() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode template = (ObjectNode) json.readTree(ArticleIndices.templateJson(0)).path("template");
        ObjectNode properties = (ObjectNode) template.path("mappings").path("properties");
        for (String text : ArticleFields.TEXT) {
            ObjectNode subfields = json.createObjectNode();
            for (String language : ArticleFields.LANGUAGES) {
                properties.remove(ArticleFields.inLanguage(text, language));
                subfields.putObject(language).put("type", "text").put("analyzer", "marsad_" + language);
            }
            ((ObjectNode) properties.path(text)).set("fields", subfields);
        }
        // the body's highlighting offsets were term vectors then (the postings' in early December 2026, none since 2026-12-03)
        ((ObjectNode) properties.path("body")).remove("index_options");
        ((ObjectNode) properties.path("body")).put("term_vector", "with_positions_offsets");
        return template.toString();
    }

    private void index(String id, String language, String title, String body) throws Exception {
        // raw JSON as the old enrichment wrote it: no language fields
        String source = new ObjectMapper().writeValueAsString(Map.of("id", id, "language", language, "title", title, "body", body));
        client.index(i -> i.index(OLD_MONTH).id(id).withJson(new StringReader(source)).refresh(co.elastic.clients.elasticsearch._types.Refresh.True));
    }

    private List<String> find(String field, String word) {
        try {
            client.indices().refresh(r -> r.index(OLD_MONTH));
            return client.search(s -> s.index(OLD_MONTH).query(q -> q.match(m -> m.field(field).query(word))), Map.class)
                .hits().hits().stream().map(hit -> hit.id()).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean hasField(String id, String field) {
        try {
            return client.count(c -> c.index(OLD_MONTH).query(q -> q.bool(b -> b.filter(f -> f.ids(i -> i.values(id)))
                .filter(f -> f.exists(e -> e.field(field)))))).count() > 0;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
