package io.marsad.enrichment.keyword;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class RecentDocumentFrequenciesTest {

    private final AtomicLong now = new AtomicLong();
    private final RecentDocumentFrequencies recent = new RecentDocumentFrequencies(Duration.ofSeconds(60), 3, now::get);

    @Test
    void stemsReadLatelyAreKnownPerLanguageTheOthersAreNot() {
        recent.remember("ar", Map.of("حكوم", 120L, "ميناء", 0L));
        assertEquals(Map.of("حكوم", 120L, "ميناء", 0L), recent.known("ar", List.of("حكوم", "ميناء", "سفين")), "a stem never counted is known as 0");
        assertEquals(Map.of(), recent.known("fa", List.of("حكوم")));
    }

    @Test
    void everythingIsForgottenWhenTheOldestIsTooOld() {
        recent.remember("en", Map.of("port", 7L));
        now.addAndGet(Duration.ofSeconds(59).toNanos());
        recent.remember("en", Map.of("strike", 3L));
        assertEquals(Map.of("port", 7L, "strike", 3L), recent.known("en", List.of("port", "strike")));
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertEquals(Map.of(), recent.known("en", List.of("port", "strike")), "60 s after the first read both are read again");
    }

    @Test
    void aLanguageHoldingTooManyStemsStartsAfresh() {
        recent.remember("fr", Map.of("grève", 1L, "port", 2L, "navire", 3L, "quai", 4L));
        assertEquals(Map.of(), recent.known("fr", List.of("grève", "port")));
    }

    @Test
    void aZeroAgeKeepsNothing() {
        RecentDocumentFrequencies none = new RecentDocumentFrequencies(Duration.ZERO, 100, now::get);
        none.remember("ru", Map.of("порт", 5L));
        assertFalse(none.enabled());
        assertEquals(Map.of(), none.known("ru", List.of("порт")));
    }
}
