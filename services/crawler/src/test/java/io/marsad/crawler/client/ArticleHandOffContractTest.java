package io.marsad.crawler.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.marsad.crawler.service.ArticleIds;
import io.marsad.local.testing.Contracts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The crawler's side of docs/contracts/article-handoff.openapi.yaml. */
class ArticleHandOffContractTest {

    static JsonNode schemas() {
        return Contracts.schemas("article-handoff.openapi.yaml");
    }

    @Test
    void articleHasExactlyTheContractsPropertiesAndItsRequiredOnes() throws Exception {
        JsonNode schema = schemas().path("Article");
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        String canonical = "https://news.example.org/world/2023/09/13/putin-kim";
        ArticleBatch.Article article = new ArticleBatch.Article(ArticleIds.of(canonical), canonical, canonical, 1L, "News", "Title", "Body",
            List.of(), Instant.parse("2023-09-13T07:30:00Z"), null, null, "ar", "ar", "EG", List.of("بوتين"), null, null, Instant.now());
        JsonNode sent = json.valueToTree(new ArticleBatch(List.of(article))).path("articles").get(0);

        assertEquals(Contracts.names(schema.path("properties")), Contracts.names(sent));
        for (JsonNode required : schema.path("required")) {
            assertFalse(sent.path(required.asText()).isNull(), required.asText() + " is required");
        }
        assertTrue(sent.path("id").asText().matches(schema.path("properties").path("id").path("pattern").asText()));
        assertEquals("2023-09-13T07:30:00Z", sent.path("publishedAt").asText());
    }

    @Test
    void receiptMatchesTheContract() throws Exception {
        JsonNode schema = schemas().path("BatchReceipt");
        JsonNode receipt = new ObjectMapper().valueToTree(new BatchReceipt(List.of("a"), List.of(new BatchReceipt.Rejected("b", "why", List.of(new BatchReceipt.FieldError("title", "must not be null"))))));
        assertEquals(Contracts.names(schema.path("properties")), Contracts.names(receipt));
        assertEquals(Contracts.names(schema.path("properties").path("rejected").path("items").path("properties")),
            Contracts.names(receipt.path("rejected").get(0)));
    }
}
