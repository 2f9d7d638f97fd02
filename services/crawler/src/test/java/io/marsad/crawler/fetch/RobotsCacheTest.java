package io.marsad.crawler.fetch;

import crawlercommons.robots.BaseRobotRules;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What robots.txt answers are remembered, and for how long they count. */
class RobotsCacheTest {

    static FetchResult answer(FetchResult.Outcome outcome, int status, String body) {
        return new FetchResult(outcome, status, "http://news.example/robots.txt", List.of(),
            body == null ? null : body.getBytes(StandardCharsets.UTF_8), "text/plain", null, null, null, Duration.ofSeconds(3), "fixture");
    }

    @Test
    void waitingForOurOwnTurnTellsNothingAndIsNotRemembered() {
        RobotsCache cache = new RobotsCache("marsad", Clock.systemUTC());
        assertNull(cache.rulesFor("http://news.example/a", url -> answer(FetchResult.Outcome.THROTTLED, 0, null)),
            "our pacing held the request back: nothing is known of the site's rules");
        BaseRobotRules rules = cache.rulesFor("http://news.example/a", url -> answer(FetchResult.Outcome.OK, 200, "User-agent: *\nDisallow: /private\n"));
        assertTrue(rules.isAllowed("http://news.example/a"), "the next turn reads robots.txt as if nothing had happened");
        assertFalse(rules.isAllowed("http://news.example/private/x"));
    }

    @Test
    void theSiteSayingWaitMeansNothingIsAllowedForAWhile() {
        RobotsCache cache = new RobotsCache("marsad", Clock.systemUTC());
        BaseRobotRules rules = cache.rulesFor("http://news.example/a", url -> answer(FetchResult.Outcome.THROTTLED, 503, null));
        assertFalse(rules.isAllowed("http://news.example/a"), "RFC 9309: an unreachable robots.txt allows nothing");
        BaseRobotRules again = cache.rulesFor("http://news.example/a", url -> answer(FetchResult.Outcome.OK, 200, "User-agent: *\nAllow: /\n"));
        assertFalse(again.isAllowed("http://news.example/a"), "remembered, rechecked later");
    }
}
