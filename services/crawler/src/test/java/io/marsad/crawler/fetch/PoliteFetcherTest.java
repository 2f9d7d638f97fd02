package io.marsad.crawler.fetch;

import com.sun.net.httpserver.HttpHandler;
import io.marsad.guard.AddressPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.marsad.crawler.fetch.FetchResult.Outcome.DISALLOWED;
import static io.marsad.crawler.fetch.FetchResult.Outcome.OK;
import static io.marsad.crawler.fetch.FetchResult.Outcome.THROTTLED;
import static io.marsad.crawler.fetch.FixtureSite.html;
import static io.marsad.crawler.fetch.FixtureSite.respond;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** robots.txt, crawl delay and back-off, against the fixture site. */
class PoliteFetcherTest {

    FixtureSite site;
    HttpFetcher http;
    int robotsStatus = 200;

    @BeforeEach
    void start() throws Exception {
        Map<String, HttpHandler> routes = new HashMap<>();
        routes.put("/robots.txt", exchange -> {
            String robots = "User-agent: *\nDisallow: /private\nCrawl-delay: 1\n\nUser-agent: marsad\nDisallow: /no-marsad\nCrawl-delay: 1\n";
            respond(exchange, robotsStatus, "text/plain", robotsStatus == 200 ? robots.getBytes(StandardCharsets.UTF_8) : new byte[0]);
        });
        routes.put("/news/1", html("<p>one</p>"));
        routes.put("/news/2", html("<p>two</p>"));
        routes.put("/private/x", html("<p>secret</p>"));
        routes.put("/no-marsad/x", html("<p>not for marsad</p>"));
        routes.put("/throttle", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "60");
            respond(exchange, 503, "text/plain", new byte[0]);
        });
        site = new FixtureSite(routes);
        http = new HttpFetcher(AddressPolicy.allowing(Set.of("127.0.0.1", "localhost")), FetchLimits.defaults(), "marsad/0.1 (+https://marsad.example/bot)", 4);
    }

    @AfterEach
    void stop() throws Exception {
        http.close();
        site.close();
    }

    PoliteFetcher polite(Duration minDelay, Duration maxWait) {
        return new PoliteFetcher(http, new RobotsCache("marsad", Clock.systemUTC()), new HostPacer(4, Clock.systemUTC()),
            new PoliteFetcher.Politeness(minDelay, Duration.ofSeconds(30), maxWait, Duration.ofMinutes(5)));
    }

    @Test
    void obeysRobotsTxtForOurAgentAndFetchesItOnce() throws Exception {
        PoliteFetcher fetcher = polite(Duration.ZERO, Duration.ofSeconds(5));
        assertEquals(DISALLOWED, fetcher.fetch(site.url("/no-marsad/x"), FetchKind.PAGE, null, null).outcome());
        assertEquals(OK, fetcher.fetch(site.url("/private/x"), FetchKind.PAGE, null, null).outcome(),
            "the group for marsad replaces the * group, as RFC 9309 says");
        assertEquals(1, site.hits("/robots.txt"));
        assertEquals(0, site.hits("/no-marsad/x"));
    }

    @Test
    void aHostTheGuardRefusesIsReportedAsBlockedWithItsReasonNotAsARobotsRule() throws Exception {
        try (HttpFetcher strict = new HttpFetcher(AddressPolicy.strict(), FetchLimits.defaults(), "marsad/0.1", 2)) {
            PoliteFetcher fetcher = new PoliteFetcher(strict, new RobotsCache("marsad", Clock.systemUTC()), new HostPacer(4, Clock.systemUTC()),
                new PoliteFetcher.Politeness(Duration.ZERO, Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofMinutes(5)));
            int port = java.net.URI.create(site.url("/")).getPort();
            // the fixture's own address spelled as one number, and its local name
            for (String url : List.of("http://2130706433:" + port + "/news/1", "http://localhost:" + port + "/news/1")) {
                FetchResult result = fetcher.fetch(url, FetchKind.PAGE, null, null);
                assertEquals(FetchResult.Outcome.BLOCKED, result.outcome(), url + ": " + result.detail());
                assertTrue(result.detail().matches(".*(loopback|local host).*"), result.detail());
            }
            assertEquals(0, site.hits("/news/1"), "no request reached the host");
            assertEquals(0, site.hits("/robots.txt"));
        }
    }

    @Test
    void waitsTheCrawlDelayBetweenRequestsToOneHost() throws Exception {
        PoliteFetcher fetcher = polite(Duration.ZERO, Duration.ofSeconds(5));
        assertEquals(OK, fetcher.fetch(site.url("/news/1"), FetchKind.PAGE, null, null).outcome());
        assertEquals(OK, fetcher.fetch(site.url("/news/2"), FetchKind.PAGE, null, null).outcome());
        List<Long> times = site.requestTimes();
        long gapMillis = (times.get(times.size() - 1) - times.get(times.size() - 2)) / 1_000_000;
        assertTrue(gapMillis >= 950, "second request came " + gapMillis + " ms after the first; robots.txt asks for 1 s");
    }

    @Test
    void backsOffWhenTheHostSaysSo() throws Exception {
        PoliteFetcher fetcher = polite(Duration.ZERO, Duration.ofMillis(200));
        FetchResult first = fetcher.fetch(site.url("/throttle"), FetchKind.PAGE, null, null);
        assertEquals(THROTTLED, first.outcome());
        assertEquals(Duration.ofSeconds(60), first.retryAfter());
        FetchResult second = fetcher.fetch(site.url("/news/1"), FetchKind.PAGE, null, null);
        assertEquals(THROTTLED, second.outcome(), "the host is on hold");
        assertTrue(second.retryAfter().toSeconds() > 50, second.retryAfter().toString());
        assertEquals(0, site.hits("/news/1"), "nothing was sent while on hold");
    }

    @Test
    void unreachableRobotsTxtMeansNothingIsFetched() throws Exception {
        robotsStatus = 503;
        PoliteFetcher fetcher = polite(Duration.ZERO, Duration.ofSeconds(5));
        assertEquals(DISALLOWED, fetcher.fetch(site.url("/news/1"), FetchKind.PAGE, null, null).outcome());
        assertEquals(0, site.hits("/news/1"));
    }

    @Test
    void missingRobotsTxtAllowsEverything() throws Exception {
        robotsStatus = 404;
        PoliteFetcher fetcher = polite(Duration.ZERO, Duration.ofSeconds(5));
        assertEquals(OK, fetcher.fetch(site.url("/private/x"), FetchKind.PAGE, null, null).outcome());
    }
}
