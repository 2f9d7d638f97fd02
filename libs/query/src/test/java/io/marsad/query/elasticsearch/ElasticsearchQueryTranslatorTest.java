package io.marsad.query.elasticsearch;

import io.marsad.query.QueryParser;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Elasticsearch queries the parsed language becomes (their behaviour on the real node is in the search API's tests). */
class ElasticsearchQueryTranslatorTest {

    static JsonNode json(String query) throws Exception {
        Query translated = ElasticsearchQueryTranslator.translate(QueryParser.parse(query));
        return new ObjectMapper().readTree(JsonpUtils.toJsonString(translated, new JacksonJsonpMapper()));
    }

    @Test
    void aWordIsSearchedInEveryAnalysedFieldAndAllItsTokensMustMatch() throws Exception {
        JsonNode q = json("بوتين");
        assertEquals("and", q.at("/multi_match/operator").asText());
        List<String> fields = new ArrayList<>();
        q.at("/multi_match/fields").forEach(f -> fields.add(f.asText()));
        assertEquals(List.of("title", "title_ar", "title_fa", "title_en", "title_fr", "title_ru",
            "body", "body_ar", "body_fa", "body_en", "body_fr", "body_ru"), fields);
        assertEquals(6, json("title:بوتين").at("/multi_match/fields").size(), "title: searches the title fields only");
        assertEquals("phrase", json("\"كوريا الشمالية\"").at("/multi_match/type").asText());
    }

    @Test
    void filtersFilterAndNegationsExclude() throws Exception {
        JsonNode q = json("\"North Korea\" lang:ar -sport entity:country:KP");
        assertEquals("phrase", q.at("/bool/must/0/multi_match/type").asText());
        assertEquals("ar", q.at("/bool/filter/0/term/language/value").asText());
        assertEquals("country:KP", q.at("/bool/filter/1/term/entities/value").asText());
        assertEquals("sport", q.at("/bool/must_not/0/multi_match/query").asText());
        assertEquals(3, json("entity:\"Vladimir Putin\"").at("/bool/should").size(), "a name is looked up among persons, organisations, places");
    }

    @Test
    void nearIsASpanQueryPerFieldWithTheFieldsOwnTokens() throws Exception {
        JsonNode q = json("أوكرانيا ONEAR/3 \"الأقمار الاصطناعية\"");
        JsonNode arabic = null;
        for (JsonNode field : q.at("/dis_max/queries")) {
            if (field.toString().contains("\"body_ar\"")) {
                arabic = field.at("/span_near");
            }
        }
        assertTrue(arabic != null, q.toString());
        assertEquals(3, arabic.at("/slop").asInt());
        assertTrue(arabic.at("/in_order").asBoolean());
        // the Arabic chain folds and light-stems: أوكرانيا → اوكرانيا, الأقمار → اقمار
        assertEquals("اوكرانيا", arabic.at("/clauses/0/span_term/body_ar/value").asText(), arabic.toString());
        assertEquals(0, arabic.at("/clauses/1/span_near/slop").asInt(), "a phrase is a span of its tokens side by side");
        assertEquals(12, q.at("/dis_max/queries").size());
    }

    @Test
    void aWildcardIsAPrefixOfTheFoldedWord() throws Exception {
        JsonNode q = json("أوكران*");
        assertEquals("اوكران", q.at("/bool/should/0/prefix/title/value").asText(), q.toString());
        assertEquals("اوكران", q.at("/bool/should/1/prefix/body/value").asText());
        assertEquals("sanction", json("title:Sanction*").at("/prefix/title/value").asText());
    }
}
