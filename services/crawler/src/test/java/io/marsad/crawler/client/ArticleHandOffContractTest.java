package io.marsad.crawler.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.marsad.crawler.service.ArticleIds;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The crawler's side of docs/contracts/article-handoff.openapi.yaml. */
class ArticleHandOffContractTest {

    static JsonNode schemas() throws Exception {
        Path contract = Path.of(System.getProperty("marsad.root", "../..")).resolve("docs/contracts/article-handoff.openapi.yaml");
        return new YAMLMapper().readTree(contract.toFile()).path("components").path("schemas");
    }

    static Set<String> names(Iterator<String> names) {
        Set<String> set = new TreeSet<>();
        names.forEachRemaining(set::add);
        return set;
    }

    @Test
    void articleHasExactlyTheContractsPropertiesAndItsRequiredOnes() throws Exception {
        JsonNode schema = schemas().path("Article");
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        String canonical = "https://news.example.org/world/2023/09/13/putin-kim";
        ArticleBatch.Article article = new ArticleBatch.Article(ArticleIds.of(canonical), canonical, canonical, 1L, "News", "Title", "Body",
            List.of(), Instant.parse("2023-09-13T07:30:00Z"), null, null, "ar", "ar", "EG", List.of("بوتين"), null, null, Instant.now());
        JsonNode sent = json.valueToTree(new ArticleBatch(List.of(article))).path("articles").get(0);

        assertEquals(names(schema.path("properties").fieldNames()), names(sent.fieldNames()));
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
        assertEquals(names(schema.path("properties").fieldNames()), names(receipt.fieldNames()));
        assertEquals(names(schema.path("properties").path("rejected").path("items").path("properties").fieldNames()),
            names(receipt.path("rejected").get(0).fieldNames()));
    }
}
