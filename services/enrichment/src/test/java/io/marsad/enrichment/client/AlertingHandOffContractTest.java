package io.marsad.enrichment.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.marsad.local.testing.Contracts;
import io.marsad.support.elasticsearch.ArticleDocument;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Enrichment's (the sender's) side of docs/contracts/enriched-articles.openapi.yaml. */
class AlertingHandOffContractTest {

    static JsonNode schemas() {
        return Contracts.schemas("enriched-articles.openapi.yaml");
    }

    @Test
    void anEnrichedArticleHasExactlyTheContractsPropertiesAndItsRequiredOnes() throws Exception {
        JsonNode schema = schemas().path("EnrichedArticle");
        ArticleDocument document = ArticleDocument.builder().id("0123456789abcdef0123456789abcdef").canonicalUrl("https://news.example.org/a")
            .title("T").body("B").indexedAt(Instant.parse("2026-11-25T20:00:00Z")).entities(List.of("country:KP")).keywords(List.of("بوتين"))
            .language("ar").sourceId(7L).publishedAt(Instant.parse("2026-11-25T19:00:00Z")).build();
        EnrichedArticle article = EnrichedArticle.of("articles-2026.11", document);
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        JsonNode sent = json.valueToTree(new EnrichedArticleBatch(List.of(article))).path("articles").get(0);

        assertEquals(Contracts.properties(schema), Contracts.names(sent));
        for (JsonNode required : schema.path("required")) {
            assertFalse(sent.path(required.asText()).isNull() || sent.path(required.asText()).isMissingNode(), required.asText() + " is required");
        }
        assertTrue(sent.path("id").asText().matches(schema.path("properties").path("id").path("pattern").asText()));
        assertEquals("2026-11-25T20:00:00Z", sent.path("indexedAt").asText());
        assertEquals(7, sent.path("sourceId").asInt());
        assertTrue(sent.path("persons").isArray() && sent.path("persons").isEmpty(), "absent lists are empty lists, not null");
    }
}
