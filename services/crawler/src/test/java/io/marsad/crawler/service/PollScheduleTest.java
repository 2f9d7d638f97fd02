package io.marsad.crawler.service;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PollScheduleTest {

    private static final Duration SHORTEST = Duration.ofSeconds(60);
    private static final Duration LONGEST = Duration.ofSeconds(900);
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void aSourceThatPublishesEveryTenMinutesIsPolledEveryFive() {
        List<Instant> listed = IntStream.range(0, 10).mapToObj(i -> NOW.minus(Duration.ofMinutes(10L * i))).toList();
        assertEquals(Duration.ofMinutes(5), PollSchedule.next(Duration.ofSeconds(600), SHORTEST, LONGEST, new PollSchedule.Outcome(false, 1, listed)));
    }

    @Test
    void aBusySourceIsPolledAtItsShortestWait() {
        List<Instant> listed = IntStream.range(0, 30).mapToObj(i -> NOW.minus(Duration.ofSeconds(20L * i))).toList();
        assertEquals(SHORTEST, PollSchedule.next(Duration.ofSeconds(300), SHORTEST, LONGEST, new PollSchedule.Outcome(false, 3, listed)));
    }

    @Test
    void thePaceIsReadFromTheLatestItemsNotAnOldBacklog() {
        // twenty items a minute apart today, after a backlog a day apart: today's pace counts
        List<Instant> today = IntStream.range(0, 20).mapToObj(i -> NOW.minus(Duration.ofMinutes(i))).toList();
        List<Instant> backlog = IntStream.range(1, 40).mapToObj(i -> NOW.minus(Duration.ofDays(i))).toList();
        List<Instant> listed = java.util.stream.Stream.concat(backlog.stream(), today.stream()).toList();
        assertEquals(Duration.ofSeconds(30), PollSchedule.typicalGap(listed).orElseThrow().dividedBy(2));
        assertEquals(SHORTEST, PollSchedule.next(SHORTEST, SHORTEST, LONGEST, new PollSchedule.Outcome(false, 1, listed)));
    }

    @Test
    void withoutDatesNewArticlesHalveTheWait() {
        assertEquals(Duration.ofSeconds(200), PollSchedule.next(Duration.ofSeconds(400), SHORTEST, LONGEST, new PollSchedule.Outcome(false, 2, List.of())));
        assertEquals(Duration.ofSeconds(200), PollSchedule.next(Duration.ofSeconds(400), SHORTEST, LONGEST,
            new PollSchedule.Outcome(false, 2, List.of(NOW, NOW.minusSeconds(5)))), "two dates are no pace");
    }

    @Test
    void quietPollsBackOffUpToTheLongestWait() {
        Duration wait = null;
        for (int poll = 0; poll < 6; poll++) {
            wait = PollSchedule.next(wait, SHORTEST, LONGEST, new PollSchedule.Outcome(false, 0, List.of()));
        }
        assertEquals(Duration.ofMillis(Math.round(60_000 * Math.pow(1.5, 6))), wait, "60 s × 1.5⁶");
        for (int poll = 0; poll < 10; poll++) {
            wait = PollSchedule.next(wait, SHORTEST, LONGEST, new PollSchedule.Outcome(false, 0, List.of()));
        }
        assertEquals(LONGEST, wait);
    }

    @Test
    void failuresBackOffFaster() {
        assertEquals(Duration.ofSeconds(240), PollSchedule.next(Duration.ofSeconds(120), SHORTEST, LONGEST, new PollSchedule.Outcome(true, 0, List.of())));
        assertEquals(LONGEST, PollSchedule.next(Duration.ofSeconds(800), SHORTEST, LONGEST, new PollSchedule.Outcome(true, 0, List.of())));
    }

    @Test
    void theFirstPollStartsFromTheShortestWait() {
        assertEquals(Duration.ofSeconds(90), PollSchedule.next(null, SHORTEST, LONGEST, new PollSchedule.Outcome(false, 0, List.of())));
    }

    @Test
    void changedBoundsApplyAtOnce() {
        assertEquals(Duration.ofSeconds(120), PollSchedule.next(Duration.ofSeconds(900), Duration.ofSeconds(10), Duration.ofSeconds(120),
            new PollSchedule.Outcome(false, 0, List.of())));
    }
}
