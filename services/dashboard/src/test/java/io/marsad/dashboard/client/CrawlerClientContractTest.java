package io.marsad.dashboard.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.marsad.local.testing.Contracts;
import org.junit.jupiter.api.Test;

import static io.marsad.dashboard.client.SearchClientContractTest.assertWithin;

/** The dashboard's (a caller's) half of docs/contracts/crawler-sources.openapi.yaml: everything it sends and reads is in it. */
class CrawlerClientContractTest {

    @Test
    void whatTheSourcesPageSendsAndReadsIsInTheContract() {
        JsonNode sources = Contracts.schemas("crawler-sources.openapi.yaml");
        assertWithin(Contracts.components(SourcePage.class), sources.path("SourcePage"), "a page of sources");
        assertWithin(Contracts.components(SourceView.class), sources.path("Source"), "a source");
        assertWithin(Contracts.components(SourceView.Health.class), sources.path("Health"), "its health");
        assertWithin(Contracts.components(SourceView.Round.class), sources.path("Round"), "its round");
        assertWithin(Contracts.components(SourceDraft.class), sources.path("SourceRequest"), "a source written");
        assertWithin(Contracts.components(CrawlerClient.DiscoverRequest.class), sources.path("DiscoverRequest"), "a discovery");
        assertWithin(Contracts.components(Discovered.class), sources.path("Discovered"), "what discovery found");
        assertWithin(Contracts.components(ImportResult.class), sources.path("ImportResult"), "an import's result");
        assertWithin(Contracts.components(ImportResult.FailedItem.class), sources.path("FailedItem"), "a refused item");
        assertWithin(Contracts.components(Refusal.FieldError.class), sources.path("FieldError"), "a field error");
    }
}
