package io.marsad.dashboard.service;

import io.marsad.dashboard.client.SourceView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceRowTest {

    static SourceView source(boolean enabled, SourceView.Health health, SourceView.Round round) {
        return new SourceView(1, "Example", "https://example.org/", List.of(), List.of(), List.of(), null, null, 900, enabled, health, round);
    }

    static final java.time.ZoneId UTC = java.time.ZoneId.of("UTC");
    static final SourceView.Round IDLE = new SourceView.Round(null, false, 0, 0, 0, 0, false);

    @Test
    void anEnabledSourceNotPolledYetIsWatchedUntilItsFirstPoll() {
        SourceRow waiting = SourceRow.of(source(true, new SourceView.Health(null, null, 0, null, 0), IDLE), Locale.ENGLISH, UTC);
        assertEquals("neverPolled", waiting.health());
        assertTrue(waiting.running());
        assertFalse(SourceRow.of(source(false, new SourceView.Health(null, null, 0, null, 0), IDLE), Locale.ENGLISH, UTC).running(),
            "a disabled one will not be polled");
    }

    @Test
    void aRoundCountsWhatIsDoneOfWhatItFound() {
        Instant polled = Instant.parse("2026-11-30T09:00:00Z");
        SourceRow row = SourceRow.of(source(true, new SourceView.Health(polled, polled, 0, null, 12),
            new SourceView.Round(polled, false, 5, 2, 2, 1, true)), Locale.ENGLISH, UTC);
        assertEquals("healthy", row.health());
        assertTrue(row.running());
        assertEquals(3, row.done(), "fetched and otherwise ended");
        assertEquals(5, row.found());
        assertTrue(row.lastFetch().startsWith("Nov 30, 2026"), row.lastFetch());
        SourceRow failing = SourceRow.of(source(true, new SourceView.Health(polled, null, 3, "http error 503", 0), IDLE), Locale.ENGLISH, UTC);
        assertEquals("failing", failing.health());
        assertFalse(failing.running());
    }

    @Test
    void howOftenItIsPolledAndWhetherItsHubPushes() {
        Instant polled = Instant.parse("2026-11-30T09:00:00Z");
        SourceRow quick = SourceRow.of(source(true, new SourceView.Health(polled, polled, 0, null, 1, 0, 45,
            List.of(new SourceView.Push("failed", null), new SourceView.Push("active", polled))), IDLE), Locale.ENGLISH, UTC);
        assertEquals(45, quick.pollEverySeconds());
        assertEquals("pushActive", quick.push(), "one feed pushed is enough");
        SourceRow slow = SourceRow.of(source(true, new SourceView.Health(polled, polled, 0, null, 1, 0, 600, List.of(new SourceView.Push("denied", null))),
            IDLE), Locale.ENGLISH, UTC);
        assertEquals(10, slow.pollEveryMinutes());
        assertEquals("pushRefused", slow.push());
        SourceRow plain = SourceRow.of(source(true, new SourceView.Health(polled, polled, 0, null, 1), IDLE), Locale.ENGLISH, UTC);
        assertEquals(0, plain.pollEverySeconds(), "not known");
        assertEquals("", plain.push(), "no hub");
    }
}
