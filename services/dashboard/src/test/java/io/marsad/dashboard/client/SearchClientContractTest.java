package io.marsad.dashboard.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.marsad.local.testing.Contracts;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard's (a caller's) half of docs/contracts/search-articles.openapi.yaml,
 * search-monitors.openapi.yaml and enrichment-entities.openapi.yaml: everything it sends and reads
 * is in the contracts.
 */
class SearchClientContractTest {

    static void assertWithin(Set<String> used, JsonNode schema, String what) {
        Set<String> declared = Contracts.properties(schema);
        assertTrue(declared.containsAll(used), what + " uses only the contract's properties: " + used + " against " + declared);
    }

    @Test
    void whatTheDashboardSendsAndReadsIsInTheContracts() {
        JsonNode articles = Contracts.schemas("search-articles.openapi.yaml");
        assertWithin(Contracts.components(SearchRequest.class), articles.path("SearchRequest"), "a search");
        assertWithin(Contracts.components(SearchResult.class), articles.path("SearchResult"), "a search answer");
        assertWithin(Contracts.components(SearchResult.Hit.class), articles.path("StoryHit"), "a story hit");
        assertWithin(Contracts.components(SearchResult.Article.class), articles.path("Article"), "an article");
        assertWithin(Contracts.components(SearchResult.Bucket.class), articles.path("Bucket"), "a facet bucket");
        assertWithin(Contracts.components(SearchResult.Timeline.class), articles.path("Timeline"), "the timeline");
        assertWithin(Contracts.components(SearchResult.Point.class), articles.path("Point"), "a timeline point");
        JsonNode monitors = Contracts.schemas("search-monitors.openapi.yaml");
        assertWithin(Contracts.components(Monitor.class), monitors.path("Monitor"), "a monitor");
        assertWithin(Contracts.components(MonitorDraft.class), monitors.path("MonitorRequest"), "a monitor written");
        assertWithin(Contracts.components(MonitorShares.class), monitors.path("MonitorStats"), "a monitor's figures");
        assertWithin(Contracts.components(MonitorShares.Share.class), monitors.path("Share"), "a share of voice");
        assertWithin(Contracts.components(MonitorPulse.class), monitors.path("MonitorSpike"), "a monitor's pulse");
        assertWithin(Contracts.components(MonitorPulse.Spike.class), monitors.path("Spike"), "a spike signal");
    }

    @Test
    void whatTheDashboardSendsToAndReadsFromTheKnowledgeBaseIsInItsContract() {
        JsonNode entities = Contracts.schemas("enrichment-entities.openapi.yaml");
        assertWithin(Contracts.components(EntityCard.class), entities.path("Entity"), "an entity");
        assertWithin(Contracts.components(Mention.class), entities.path("Mention"), "a mention");
        assertWithin(Contracts.components(EnrichmentClient.MatchRequest.class), entities.path("MatchRequest"), "a text to match");
    }
}
