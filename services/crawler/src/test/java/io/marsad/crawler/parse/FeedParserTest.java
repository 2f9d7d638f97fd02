package io.marsad.crawler.parse;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedParserTest {

    private final FeedParser parser = new FeedParser();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void rss2() {
        String rss = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>أخبار</title><link>https://news.example.org/</link>
              <item><title>بوتين يلتقي كيم</title><link>https://news.example.org/world/2023/09/13/putin-kim?utm_source=rss</link>
                <pubDate>Wed, 13 Sep 2023 07:30:00 GMT</pubDate></item>
              <item><title>Relative link</title><link>/economy/story-42</link></item>
              <item><title>No link but permalink guid</title><guid isPermaLink="true">https://news.example.org/guid-story</guid></item>
            </channel></rss>""";
        ParseResult result = parser.parse(utf8(rss), null, "https://news.example.org/rss.xml");
        assertEquals(List.of(), result.problems());
        assertEquals(List.of("https://news.example.org/world/2023/09/13/putin-kim?utm_source=rss", "https://news.example.org/economy/story-42",
            "https://news.example.org/guid-story"), result.links().stream().map(DiscoveredLink::url).toList());
        assertEquals("بوتين يلتقي كيم", result.links().get(0).title());
        assertEquals(Instant.parse("2023-09-13T07:30:00Z"), result.links().get(0).publishedAt());
    }

    @Test
    void atom() {
        String atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Courrier</title>
              <entry><title>Le tramway</title><link rel="alternate" href="https://courrier.example.fr/societe/tramway"/>
                <link rel="enclosure" href="https://courrier.example.fr/img.jpg"/><id>urn:1</id>
                <published>2025-05-12T07:30:00+02:00</published><updated>2025-05-12T08:00:00+02:00</updated></entry>
            </feed>""";
        ParseResult result = parser.parse(utf8(atom), null, "https://courrier.example.fr/atom");
        assertEquals(1, result.links().size());
        assertEquals("https://courrier.example.fr/societe/tramway", result.links().get(0).url());
        assertEquals(Instant.parse("2025-05-12T05:30:00Z"), result.links().get(0).publishedAt());
    }

    /** Seen in the feedparser project's test corpus: an Atom link with its URL as text, not in href. */
    @Test
    void atomLinksWrittenAsTextAreReadLeniently() {
        String atom = """
            <feed xmlns="http://www.w3.org/2005/Atom">
              <entry><title>First</title><link rel="alternate" type="text/html">https://courrier.example.fr/first</link>
                <link rel="enclosure" type="audio/mpeg">https://courrier.example.fr/first.mp3</link></entry>
              <entry><title>Second</title><link rel="enclosure" type="audio/mpeg">https://courrier.example.fr/second.mp3</link>
                <link rel="alternate" type="text/html">https://courrier.example.fr/second</link></entry>
              <entry><title>Third</title><link href="https://courrier.example.fr/third"/></entry>
            </feed>""";
        ParseResult result = parser.parse(utf8(atom), null, "https://courrier.example.fr/atom");
        assertEquals(List.of(), result.problems());
        assertEquals(List.of("https://courrier.example.fr/third", "https://courrier.example.fr/first", "https://courrier.example.fr/second"),
            result.links().stream().map(DiscoveredLink::url).toList());
        assertEquals("Second", result.links().get(2).title());
    }

    @Test
    void webSubHubOfAnRssFeedFromItsAtomLinks() {
        String rss = """
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Sada</title><link>https://sada.example/</link>
              <atom:link rel="self" type="application/rss+xml" href="https://sada.example/rss.xml"/>
              <atom:link rel="hub" href="/websub-hub"/>
              <item><title>a</title><link>https://sada.example/a</link></item></channel></rss>""";
        ParseResult result = parser.parse(utf8(rss), null, "https://sada.example/rss.xml?from=homepage");
        assertEquals(new ParseResult.HubLink("https://sada.example/websub-hub", "https://sada.example/rss.xml"), result.hub(),
            "the hub resolved against the feed's URL; the topic is the self link, not the URL it was fetched at");
    }

    @Test
    void webSubHubOfAnAtomFeedWithoutSelfLinkTakesTheFeedUrlAsTopic() {
        String atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Ledger</title><id>urn:ledger</id><updated>2026-01-01T00:00:00Z</updated>
              <link rel="hub" href="https://hub.example/"/>
              <entry><title>a</title><id>urn:a</id><updated>2026-01-01T00:00:00Z</updated><link href="https://ledger.example/a"/></entry></feed>""";
        ParseResult result = parser.parse(utf8(atom), null, "https://ledger.example/atom.xml");
        assertEquals(new ParseResult.HubLink("https://hub.example/", "https://ledger.example/atom.xml"), result.hub());
        assertEquals(null, parser.parse(utf8(atom.replace("rel=\"hub\"", "rel=\"related\"")), null, "https://ledger.example/atom.xml").hub(),
            "no hub, no announcement");
    }

    @Test
    void rss1Rdf() {
        String rdf = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
              <channel rdf:about="https://vestnik.example.ru/"><title>Вестник</title><link>https://vestnik.example.ru/</link></channel>
              <item rdf:about="https://vestnik.example.ru/metro"><title>Новая станция метро</title><link>https://vestnik.example.ru/metro</link></item>
            </rdf:RDF>""";
        ParseResult result = parser.parse(utf8(rdf), null, "https://vestnik.example.ru/rss");
        assertEquals("Новая станция метро", result.links().get(0).title());
    }

    @Test
    void jsonFeed() {
        String json = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "Marsad",
             "items": [{"id": "1", "url": "https://m.example/a", "title": "A", "date_published": "2025-01-02T03:04:05Z"},
                       {"id": "2", "external_url": "https://elsewhere.example/b"}]}""";
        ParseResult result = parser.parse(utf8(json), null, "https://m.example/feed.json");
        assertEquals(List.of("https://m.example/a", "https://elsewhere.example/b"), result.links().stream().map(DiscoveredLink::url).toList());
        assertEquals(Instant.parse("2025-01-02T03:04:05Z"), result.links().get(0).publishedAt());
    }

    @Test
    void legacyArabicEncodingDeclaredInTheProlog() {
        String rss = "<?xml version=\"1.0\" encoding=\"windows-1256\"?><rss version=\"2.0\"><channel><title>t</title>"
            + "<item><title>كوريا الشمالية</title><link>https://a.example/1</link></item></channel></rss>";
        ParseResult result = parser.parse(rss.getBytes(Charset.forName("windows-1256")), null, "https://a.example/rss");
        assertEquals("كوريا الشمالية", result.links().get(0).title());
    }

    @Test
    void malformedFeedIsSalvagedAndReported() {
        String broken = """
            <rss version="2.0"><channel><title>Broken & proud</title>
              <item><title>One & two</title><link>https://b.example/one</link><pubDate>Wed, 13 Sep 2023 07:30:00 GMT</pubDate></item>
              <item><title>Two <b>unclosed</title><link>https://b.example/two</link>
            </channel>""";
        ParseResult result = parser.parse(utf8(broken), null, "https://b.example/rss");
        assertFalse(result.problems().isEmpty());
        assertTrue(result.problems().get(0).contains("not well-formed"), result.problems().toString());
        assertEquals(List.of("https://b.example/one", "https://b.example/two"), result.links().stream().map(DiscoveredLink::url).toList());
    }

    @Test
    void doctypeEntitiesAreNotExpanded() {
        String xxe = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
            <rss version="2.0"><channel><title>x</title><item><title>&secret;</title><link>https://c.example/1</link></item></channel></rss>""";
        ParseResult result = parser.parse(utf8(xxe), null, "https://c.example/rss");
        assertFalse(result.problems().isEmpty(), "a DOCTYPE is refused by Rome and reported");
        java.util.Set<String> hostFile = java.util.Set.of(readHostname());
        result.links().forEach(link -> assertFalse(hostFile.contains(link.title() == null ? "" : link.title().trim()), "the entity was not expanded"));
    }

    private static String readHostname() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/etc/hostname")).trim();
        } catch (java.io.IOException e) {
            return "\u0000no hostname file";
        }
    }

    @Test
    void garbageGivesNoLinksAndAProblem() {
        ParseResult result = parser.parse(utf8("this is not a feed at all"), null, "https://d.example/rss");
        assertEquals(List.of(), result.links());
        assertFalse(result.problems().isEmpty());
        ParseResult notJsonFeed = parser.parse(utf8("{\"hello\": 1}"), null, "https://d.example/feed.json");
        assertEquals(List.of(), notJsonFeed.links());
        assertTrue(notJsonFeed.problems().get(0).contains("not a JSON Feed"));
    }
}
