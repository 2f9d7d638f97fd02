package io.marsad.crawler.fetch;

import com.sun.net.httpserver.HttpHandler;
import io.marsad.guard.AddressPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static io.marsad.crawler.fetch.FetchResult.Outcome.BLOCKED;
import static io.marsad.crawler.fetch.FetchResult.Outcome.HTTP_ERROR;
import static io.marsad.crawler.fetch.FetchResult.Outcome.NOT_MODIFIED;
import static io.marsad.crawler.fetch.FetchResult.Outcome.OK;
import static io.marsad.crawler.fetch.FetchResult.Outcome.REDIRECT_LOOP;
import static io.marsad.crawler.fetch.FetchResult.Outcome.THROTTLED;
import static io.marsad.crawler.fetch.FetchResult.Outcome.TIMEOUT;
import static io.marsad.crawler.fetch.FetchResult.Outcome.TOO_LARGE;
import static io.marsad.crawler.fetch.FetchResult.Outcome.TOO_MANY_REDIRECTS;
import static io.marsad.crawler.fetch.FetchResult.Outcome.WRONG_TYPE;
import static io.marsad.crawler.fetch.FixtureSite.html;
import static io.marsad.crawler.fetch.FixtureSite.redirect;
import static io.marsad.crawler.fetch.FixtureSite.respond;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fetch stage against a misbehaving fixture site on 127.0.0.1. */
class HttpFetcherTest {

    static final String ARABIC_PAGE = "<html><body><p>التقى الرئيس بوتين بالزعيم كيم</p></body></html>";
    static final FetchLimits LIMITS = new FetchLimits(1 << 20, 2 << 20, Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(5), 5);

    static FixtureSite site;
    static HttpFetcher fetcher;

    @BeforeAll
    static void start() throws Exception {
        Map<String, HttpHandler> routes = new HashMap<>();
        routes.put("/ok", html("<html><body><p>hello</p></body></html>"));
        routes.put("/loop-a", redirect("/loop-b"));
        routes.put("/loop-b", redirect("/loop-a"));
        for (int i = 0; i < 10; i++) {
            routes.put("/chain/" + i, redirect("/chain/" + (i + 1)));
        }
        routes.put("/moved", redirect("/ok?utm_source=newsletter"));
        routes.put("/to-private", redirect("http://10.0.0.1/admin"));
        routes.put("/to-metadata", redirect("http://169.254.169.254/latest/meta-data/"));
        routes.put("/big-declared", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 20_000_000);
            exchange.getResponseBody().write(new byte[100]);
            exchange.getResponseBody().flush(); // the headers and a little body go out; the rest never comes
        });
        routes.put("/big-chunked", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] chunk = new byte[64 * 1024];
                for (int i = 0; i < 40; i++) {
                    out.write(chunk);
                }
            } catch (java.io.IOException clientGaveUp) {
                // expected: the fetcher stops reading at its cap
            }
        });
        byte[] bomb = FixtureSite.gzip(new byte[50 << 20]);
        routes.put("/bomb", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            respond(exchange, 200, "text/html", bomb);
        });
        byte[] gzippedPage = FixtureSite.gzip(ARABIC_PAGE.getBytes(StandardCharsets.UTF_8));
        routes.put("/gzip-page", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            respond(exchange, 200, "text/html; charset=utf-8", gzippedPage);
        });
        routes.put("/slow", exchange -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, 200, "text/html", "late".getBytes(StandardCharsets.UTF_8));
        });
        routes.put("/etag", exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                respond(exchange, 304, null, new byte[0]);
            } else {
                exchange.getResponseHeaders().set("ETag", "\"v1\"");
                exchange.getResponseHeaders().set("Last-Modified", "Wed, 13 Sep 2023 07:30:00 GMT");
                respond(exchange, 200, "application/rss+xml", "<rss/>".getBytes(StandardCharsets.UTF_8));
            }
        });
        routes.put("/image", exchange -> respond(exchange, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        routes.put("/throttle", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "120");
            respond(exchange, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
        });
        routes.put("/gone", exchange -> respond(exchange, 410, "text/plain", new byte[0]));
        routes.put("/cp1256", exchange -> respond(exchange, 200, "text/html; charset=windows-1256", ARABIC_PAGE.getBytes(Charset.forName("windows-1256"))));
        routes.put("/bogus-charset", exchange -> respond(exchange, 200, "text/html; charset=x-bogus-8", "<p>x</p>".getBytes(StandardCharsets.UTF_8)));
        site = new FixtureSite(routes);
        fetcher = new HttpFetcher(AddressPolicy.allowing(Set.of("127.0.0.1", "localhost")), LIMITS, "MarsadTest/1.0 (+https://marsad.example/bot)", 8);
    }

    @AfterAll
    static void stop() throws Exception {
        fetcher.close();
        site.close();
    }

    FetchResult get(String path, FetchKind kind) {
        return fetcher.fetch(site.url(path), kind, null, null);
    }

    @Test
    void fetchesAPage() {
        FetchResult result = get("/ok", FetchKind.PAGE);
        assertEquals(OK, result.outcome());
        assertEquals(200, result.httpStatus());
        assertTrue(new String(result.body(), StandardCharsets.UTF_8).contains("hello"));
        assertEquals("UTF-8", result.charset());
    }

    @Test
    void followsRedirectsAndNormalisesTheirTargets() {
        FetchResult result = get("/moved", FetchKind.PAGE);
        assertEquals(OK, result.outcome());
        assertEquals(site.url("/ok"), result.finalUrl());
        assertEquals(1, result.redirects().size());
    }

    @Test
    void stopsRedirectLoopsAndLongChains() {
        assertEquals(REDIRECT_LOOP, get("/loop-a", FetchKind.PAGE).outcome());
        FetchResult chain = get("/chain/0", FetchKind.PAGE);
        assertEquals(TOO_MANY_REDIRECTS, chain.outcome());
        assertEquals(LIMITS.maxRedirects(), chain.redirects().size());
    }

    @Test
    void refusesRedirectsIntoPrivateNetworks() {
        FetchResult toPrivate = get("/to-private", FetchKind.PAGE);
        assertEquals(BLOCKED, toPrivate.outcome());
        assertEquals("http://10.0.0.1/admin", toPrivate.finalUrl());
        assertEquals(BLOCKED, get("/to-metadata", FetchKind.PAGE).outcome());
    }

    @Test
    void refusesLoopbackUnlessAllowlisted() throws Exception {
        try (HttpFetcher strict = new HttpFetcher(AddressPolicy.allowing(Set.of()), LIMITS, "MarsadTest/1.0", 2)) {
            assertEquals(BLOCKED, strict.fetch(site.url("/ok"), FetchKind.PAGE, null, null).outcome());
        }
    }

    @Test
    void capsBodiesBeforeAndAfterDecompression() {
        FetchResult declared = get("/big-declared", FetchKind.PAGE);
        assertEquals(TOO_LARGE, declared.outcome(), declared.detail());
        assertEquals(TOO_LARGE, get("/big-chunked", FetchKind.PAGE).outcome());
        FetchResult bomb = get("/bomb", FetchKind.PAGE);
        assertEquals(TOO_LARGE, bomb.outcome());
        assertTrue(bomb.detail().contains("decompresses"), bomb.detail());
    }

    @Test
    void decompressesGzip() {
        FetchResult result = get("/gzip-page", FetchKind.PAGE);
        assertEquals(OK, result.outcome());
        assertEquals(ARABIC_PAGE, new String(result.body(), StandardCharsets.UTF_8));
    }

    @Test
    void timesOutOnSlowServers() {
        assertEquals(TIMEOUT, get("/slow", FetchKind.PAGE).outcome());
    }

    @Test
    void conditionalGetSavesRefetchingUnchangedFeeds() {
        FetchResult first = get("/etag", FetchKind.FEED);
        assertEquals(OK, first.outcome());
        assertEquals("\"v1\"", first.etag());
        FetchResult second = fetcher.fetch(site.url("/etag"), FetchKind.FEED, first.etag(), first.lastModified());
        assertEquals(NOT_MODIFIED, second.outcome());
        assertNull(second.body());
    }

    @Test
    void refusesContentThatCannotBeAPage() {
        assertEquals(WRONG_TYPE, get("/image", FetchKind.PAGE).outcome());
    }

    @Test
    void reportsThrottlingWithRetryAfter() {
        FetchResult result = get("/throttle", FetchKind.PAGE);
        assertEquals(THROTTLED, result.outcome());
        assertEquals(Duration.ofSeconds(120), result.retryAfter());
        assertEquals(HTTP_ERROR, get("/gone", FetchKind.PAGE).outcome());
    }

    @Test
    void keepsBytesAndTheDeclaredCharset() {
        FetchResult result = get("/cp1256", FetchKind.PAGE);
        assertEquals("windows-1256", result.charset());
        assertArrayEquals(ARABIC_PAGE.getBytes(Charset.forName("windows-1256")), result.body());
        FetchResult bogus = get("/bogus-charset", FetchKind.PAGE);
        assertEquals(OK, bogus.outcome());
        assertNull(bogus.charset());
    }
}
