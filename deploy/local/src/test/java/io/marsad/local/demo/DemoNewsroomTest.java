package io.marsad.local.demo;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo news site over HTTP on 127.0.0.1, with a clock the test moves: what it serves, and that it publishes over time. */
class DemoNewsroomTest {

    static final Instant START = Instant.parse("2026-11-30T08:00:00Z");
    static final MovableClock CLOCK = new MovableClock(START);
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static DemoNewsroom site;

    @BeforeAll
    static void start() throws Exception {
        site = DemoNewsroom.start(0, CLOCK, 60, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static Document xml(String body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyOutletHasAHomepageNamingItsFeedAFeedASitemapAndSections() throws Exception {
        String index = get(site.url("/")).body();
        for (DemoNewsroom.Source source : site.sources()) {
            assertTrue(index.contains("href=\"" + source.homepage() + "\""), source.name());
            String robots = get(source.homepage().replaceFirst("(http://[^/]+)/.*", "$1") + "/robots.txt").body();
            assertTrue(robots.contains("Sitemap: " + source.sitemap()), robots);
            String homepage = HTTP.send(HttpRequest.newBuilder(URI.create(source.homepage())).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(homepage.contains("rel=\"alternate\"") && homepage.contains(URI.create(source.feed()).getPath()), source.name());
            HttpResponse<String> feed = HTTP.send(HttpRequest.newBuilder(URI.create(source.feed())).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, feed.statusCode());
            Document parsed = xml(feed.body());
            int items = parsed.getElementsByTagName("item").getLength() + parsed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength();
            assertTrue(items > 0, source.name() + " lists its published articles");
            Document sitemap = xml(HTTP.send(HttpRequest.newBuilder(URI.create(source.sitemap())).build(), HttpResponse.BodyHandlers.ofString()).body());
            assertTrue(sitemap.getElementsByTagNameNS("http://www.google.com/schemas/sitemap-news/0.9", "publication_date").getLength() > 0);
            for (String section : source.sections()) {
                assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(section)).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            }
        }
        assertEquals(Map.of("ar", 1L, "en", 2L, "fr", 1L),
            site.sources().stream().collect(Collectors.groupingBy(DemoNewsroom.Source::language, Collectors.counting())));
    }

    @Test
    void eachOutletIsASiteOfItsOwnAndTheCrawlerMayReachExactlyThem() {
        List<String> hosts = site.sources().stream().map(source -> URI.create(source.homepage()).getHost()).distinct().toList();
        assertEquals(List.of("127.0.0.1", "127.0.0.2", "127.0.0.3", "127.0.0.4"), hosts, "one loopback address per outlet on Linux");
        int port = URI.create(site.url("/")).getPort();
        assertEquals(hosts.stream().map(host -> host + ":" + port).collect(Collectors.joining(",")), site.hostAndPort());
    }

    @Test
    void anArticlePageHasItsTextAmongTheUsualJunk() throws Exception {
        DemoArticle arabic = site.published().stream().filter(article -> article.outlet().language().equals("ar")).findFirst().orElseThrow();
        String page = get(site.url(arabic.outlet(), arabic.path())).body();
        assertTrue(page.contains("<html lang=\"ar\" dir=\"rtl\">"));
        assertTrue(page.contains(DemoPages.escape(arabic.paragraphs().get(1))), "the body");
        assertTrue(page.contains("<meta property=\"article:published_time\" content=\"" + arabic.publishedAt() + "\">"));
        assertTrue(page.contains("<link rel=\"canonical\" href=\"" + site.url(arabic.outlet(), arabic.path()) + "\">"));
        for (String junk : List.of("class=\"menu\"", "class=\"ticker\" style=", "<style>", "class=\"read-also\"", "class=\"most-read\"", "class=\"tag-cloud\"")) {
            assertTrue(page.contains(junk), junk);
        }
        assertEquals(404, get(site.url(arabic.outlet(), "/sada/2026/01/01/no-such-story")).statusCode());
    }

    @Test
    void someStoriesAreSyndicatedUnderAnotherHeadlineWithTheSameText() {
        Map<String, List<DemoArticle>> byStory = site.published().stream().collect(Collectors.groupingBy(DemoArticle::story));
        List<List<DemoArticle>> syndicated = byStory.values().stream().filter(copies -> copies.size() > 1).toList();
        assertFalse(syndicated.isEmpty(), "some stories have two outlets");
        for (List<DemoArticle> copies : syndicated) {
            assertNotEquals(copies.get(0).outlet(), copies.get(1).outlet());
            assertEquals(copies.get(0).paragraphs(), copies.get(1).paragraphs());
            assertNotEquals(copies.get(0).title(), copies.get(1).title(), "a new headline");
        }
    }

    @Test
    void aRestartPublishesTheSameArticlesAtTheSameAddresses() {
        List<String> now = DemoSchedule.of(START, 60, 10, Duration.ofSeconds(20), 20261130L).stream().map(DemoArticle::path).toList();
        List<String> later = DemoSchedule.of(START.plusSeconds(7), 60, 10, Duration.ofSeconds(20), 20261130L).stream().map(DemoArticle::path).toList();
        assertEquals(now, later, "a launcher restarted seconds later serves the same articles");
        assertEquals(now.size(), now.stream().distinct().count(), "every article has an address of its own");
    }

    @Test
    void differentStoriesAreNotNearDuplicatesByThePlatformsRule() {
        // enrichment groups two texts into one story at a Jaccard similarity of their 4-word shingles of 0.4 (docs/text-analysis.md)
        List<DemoArticle> originals = site.published().stream().filter(article -> article.outlet().syndicates() == null).toList();
        int pairs = 0;
        int similar = 0;
        for (int i = 0; i < originals.size(); i++) {
            for (int j = i + 1; j < originals.size(); j++) {
                DemoArticle a = originals.get(i);
                DemoArticle b = originals.get(j);
                if (a.outlet().language().equals(b.outlet().language()) && !a.story().equals(b.story())) {
                    pairs++;
                    similar += jaccard(shingles(a), shingles(b)) >= 0.4 ? 1 : 0;
                }
            }
        }
        assertTrue(pairs > 100, "pairs compared: " + pairs);
        assertTrue(similar < pairs / 10, similar + " of " + pairs + " pairs of different stories look like one story");
    }

    static java.util.Set<String> shingles(DemoArticle article) {
        String[] words = String.join(" ", article.paragraphs()).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        java.util.Set<String> shingles = new java.util.HashSet<>();
        for (int i = 0; i + 4 <= words.length; i++) {
            shingles.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + 4)));
        }
        return shingles;
    }

    static double jaccard(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> both = new java.util.HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / (a.size() + b.size() - both.size());
    }

    @Test
    void articlesAppearWhenTheyArePublishedNeverBefore() throws Exception {
        int before = site.published().size();
        DemoArticle next = DemoSchedule.of(START, 60, 2000, Duration.ofSeconds(20), 20261130L).stream()
            .filter(article -> article.publishedAt().isAfter(CLOCK.instant())).findFirst().orElseThrow();
        assertEquals(404, get(site.url(next.outlet(), next.path())).statusCode(), "not yet published");
        CLOCK.now = next.publishedAt();
        assertEquals(200, get(site.url(next.outlet(), next.path())).statusCode());
        assertTrue(site.published().size() > before);
        assertTrue(get(site.url(next.outlet(), next.outlet().feedPath())).body().contains(site.url(next.outlet(), next.path())),
            "the feed lists it first thing");
        CLOCK.now = START;
    }

    /** A clock the test sets. */
    static final class MovableClock extends Clock {
        volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
