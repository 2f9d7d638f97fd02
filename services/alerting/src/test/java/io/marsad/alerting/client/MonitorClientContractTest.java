package io.marsad.alerting.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.marsad.local.testing.Contracts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Alerting's (the caller's) half of docs/contracts/search-monitors.openapi.yaml: everything it reads
 * of a monitor and of its spike signal is in the contract, what it needs is required there, and it
 * reads answers that carry more.
 */
class MonitorClientContractTest {

    static JsonNode schemas() {
        return Contracts.schemas("search-monitors.openapi.yaml");
    }

    static void assertWithin(Set<String> used, JsonNode schema, String what) {
        Set<String> declared = Contracts.properties(schema);
        assertTrue(declared.containsAll(used), what + " uses only the contract's properties: " + used + " against " + declared);
    }

    static void assertRequired(List<String> needed, JsonNode schema, String what) {
        List<String> required = new java.util.ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        assertTrue(required.containsAll(needed), what + ": " + needed + " must be required, the contract requires " + required);
    }

    @Test
    void whatAlertingReadsIsInTheContract() {
        assertWithin(Contracts.components(FollowedMonitor.class), schemas().path("Monitor"), "a monitor");
        assertWithin(Contracts.components(MonitorSignal.class), schemas().path("MonitorSpike"), "a spike signal");
        assertWithin(Contracts.components(MonitorSignal.Spike.class), schemas().path("Spike"), "the spike");
        assertWithin(Contracts.components(MonitorSignal.Story.class), schemas().path("SpikeStory"), "a story of the day");
        assertRequired(List.of("id", "query", "languages", "sources", "entities"), schemas().path("Monitor"),
            "a subscription that follows a monitor takes its query and filters");
        assertRequired(List.of("day", "count", "spiking"), schemas().path("Spike"), "a spike alert is one per day, raised while spiking");
        assertRequired(List.of("articleId", "url"), schemas().path("SpikeStory"), "a spike alert links its top story");
    }

    @Test
    void readsAnswersWithPropertiesItDoesNotKnow() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        FollowedMonitor monitor = json.readValue("""
            {"id": 7, "owner": "u-1", "name": "Port deal", "query": "ميناء OR port", "languages": ["ar", "en"], "sources": [],
             "entities": [], "createdAt": "2026-11-20T08:00:00Z", "updatedAt": "2026-11-20T08:00:00Z", "colour": "blue"}""",
            FollowedMonitor.class);
        assertEquals("ميناء OR port", monitor.query());
        assertEquals(List.of("ar", "en"), monitor.languagesOrEmpty());
        MonitorSignal signal = json.readValue("""
            {"monitorId": 7, "name": "Port deal", "trend": "up",
             "spike": {"day": "2026-11-30", "timeZone": "Asia/Riyadh", "count": 57, "baselineDays": 14, "baselineMean": 8.2,
                       "baselineDeviation": 2.1, "z": 7.4, "threshold": 3.0, "spiking": true, "weekday": "Monday"},
             "stories": [{"storyId": "s1", "articleId": "a1", "title": "T", "url": "https://news.example.org/a1", "source": "S",
                          "language": "ar", "publishedAt": "2026-11-30T08:00:00Z", "articles": 12, "image": null}]}""",
            MonitorSignal.class);
        assertEquals(LocalDate.parse("2026-11-30"), signal.spike().day());
        assertTrue(signal.spike().spiking());
        assertEquals(12, signal.stories().get(0).articles());
    }
}
