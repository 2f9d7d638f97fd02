package io.marsad.alerting.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.marsad.local.testing.Contracts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Alerting's (the caller's) half of docs/contracts/search-articles.openapi.yaml: everything it
 * sends is in the contract, everything it reads is there, and it reads answers that carry more.
 */
class SearchClientContractTest {

    static JsonNode schemas() {
        return Contracts.schemas("search-articles.openapi.yaml");
    }

    static void assertWithin(Set<String> used, JsonNode schema, String what) {
        Set<String> declared = Contracts.properties(schema);
        assertTrue(declared.containsAll(used), what + " uses only the contract's properties: " + used + " against " + declared);
    }

    @Test
    void whatAlertingReadsAndSendsIsInTheContract() {
        assertWithin(Contracts.components(SearchedArticle.class), schemas().path("Article"), "an article");
        assertEquals(Contracts.properties(schemas().path("ArticlePage")), Contracts.components(SearchedArticlePage.class));
        assertWithin(Contracts.components(StorySearch.class), schemas().path("SearchRequest"), "a search");
        assertWithin(Contracts.components(StorySearchResult.class), schemas().path("SearchResult"), "a search answer");
        assertWithin(Contracts.components(StorySearchResult.Hit.class), schemas().path("StoryHit"), "a story hit");
        for (JsonNode required : schemas().path("SearchRequest").path("required")) {
            assertTrue(Contracts.components(StorySearch.class).contains(required.asText()), "sends the required " + required.asText());
        }
        assertTrue(Contracts.components(SearchedArticle.class).containsAll(List.of("id", "storyId", "publishedAt", "indexedAt")),
            "the backtest needs each article's story and times");
    }

    @Test
    void readsAnAnswerWithPropertiesItDoesNotKnow() throws Exception {
        String answer = """
            {"articles": [{"id": "a1", "storyId": "s1", "title": "T", "url": "https://news.example.org/a1", "source": "S",
                           "site": "news.example.org", "language": "ar", "publishedAt": "2026-11-20T08:00:00Z",
                           "indexedAt": "2026-11-20T08:01:00Z", "entities": ["country:KP"], "addedInAMinorVersion": 1}],
             "next": null}""";
        SearchedArticlePage page = new ObjectMapper().registerModule(new JavaTimeModule()).readValue(answer, SearchedArticlePage.class);
        assertEquals("s1", page.articles().get(0).storyId());
        assertEquals(Instant.parse("2026-11-20T08:01:00Z"), page.articles().get(0).indexedAt());
    }
}
