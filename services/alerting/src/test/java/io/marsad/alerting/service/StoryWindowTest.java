package io.marsad.alerting.service;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class StoryWindowTest {

    static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

    static StoryWindow.Arrival at(String id, String story, long hours) {
        return new StoryWindow.Arrival(id, story, T0.plus(Duration.ofHours(hours)));
    }

    @Test
    void copiesOfAStoryWithinTheWindowAttachToItsAlert() {
        StoryWindow window = new StoryWindow(Duration.ofHours(24));
        StoryWindow.Alert first = window.arrive(at("a", "s", 0));
        assertNotNull(first);
        for (int i = 1; i < 40; i++) {
            assertNull(window.arrive(at("copy" + i, "s", i % 23)), "copy " + i + " attaches");
        }
        assertEquals(1, window.alerts().size());
        assertEquals(40, first.copies());
    }

    @Test
    void aLaterArticleOfTheStoryOutsideTheWindowAlertsAgain() {
        StoryWindow window = new StoryWindow(Duration.ofHours(24));
        window.arrive(at("a", "s", 0));
        assertNull(window.arrive(at("b", "s", 23)));
        assertNotNull(window.arrive(at("c", "s", 24)), "exactly the window apart is outside it");
        assertNotNull(window.arrive(at("d", "t", 1)), "another story alerts on its own");
        assertEquals(3, window.alerts().size());
    }

    @Test
    void anArticleArrivingLateButPublishedEarlierAttachesToTheNearestAlert() {
        StoryWindow window = new StoryWindow(Duration.ofHours(24));
        StoryWindow.Alert monday = window.arrive(at("a", "s", 0));
        StoryWindow.Alert tuesday = window.arrive(at("b", "s", 40));
        assertNull(window.arrive(at("late", "s", 22)), "published between them, within the window of both");
        assertSame(tuesday, window.alerts().get(1));
        assertEquals(2, tuesday.copies(), "attached to the nearer (18 h against 22 h)");
        assertEquals(1, monday.copies());
    }

    @Test
    void anArticleCountsOnce() {
        StoryWindow window = new StoryWindow(Duration.ofHours(24));
        window.arrive(at("a", "s", 0));
        assertNull(window.arrive(at("a", "s", 100)), "the same article again, even far later, adds nothing");
        assertEquals(1, window.alerts().size());
        assertEquals(1, window.alerts().get(0).copies());
    }

    @Test
    void theAlertTimeIsThePublicationUnlessItIsMissingOrAfterIndexing() {
        Instant published = Instant.parse("2026-11-20T08:00:00Z");
        Instant indexed = Instant.parse("2026-11-20T08:05:00Z");
        Instant now = Instant.parse("2026-11-21T00:00:00Z");
        assertEquals(published, AlertTime.of(published, indexed, null, now));
        assertEquals(indexed, AlertTime.of(Instant.parse("2027-01-01T00:00:00Z"), indexed, null, now), "a future date is not believed");
        assertEquals(indexed, AlertTime.of(null, indexed, null, now));
        assertEquals(published, AlertTime.of(null, null, published, now), "fetched when not yet indexed");
        assertEquals(now, AlertTime.of(null, null, null, now));
    }
}
