package io.marsad.crawler.parse;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class SitemapParserTest {

    private final SitemapParser parser = new SitemapParser();

    @Test
    void googleNewsSitemap() {
        String xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url><loc>https://news.example.org/world/putin-kim</loc>
                <news:news><news:publication><news:name>أخبار العالم</news:name><news:language>ar</news:language></news:publication>
                  <news:publication_date>2023-09-13T10:30:00+03:00</news:publication_date>
                  <news:title>بوتين وكيم يلتقيان</news:title></news:news></url>
              <url><loc>https://news.example.org/economy/gold</loc><lastmod>2023-09-12</lastmod></url>
            </urlset>""";
        ParseResult result = parser.parse(xml.getBytes(StandardCharsets.UTF_8), "application/xml", "https://news.example.org/news-sitemap.xml");
        assertEquals(2, result.links().size());
        assertEquals("بوتين وكيم يلتقيان", result.links().get(0).title());
        assertEquals(Instant.parse("2023-09-13T07:30:00Z"), result.links().get(0).publishedAt());
    }

    @Test
    void sitemapIndexListsSitemapsToFetch() {
        String xml = """
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>https://news.example.org/sitemap-2025-01.xml.gz</loc></sitemap>
              <sitemap><loc>https://news.example.org/sitemap-news.xml</loc></sitemap>
            </sitemapindex>""";
        ParseResult result = parser.parse(xml.getBytes(StandardCharsets.UTF_8), "text/xml", "https://news.example.org/sitemap.xml");
        assertEquals(List.of(), result.links());
        assertEquals(2, result.sitemaps().size());
    }

    @Test
    void gzippedSitemap() throws Exception {
        String xml = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://news.example.org/a</loc></url></urlset>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(xml.getBytes(StandardCharsets.UTF_8));
        }
        ParseResult result = parser.parse(bytes.toByteArray(), "application/gzip", "https://news.example.org/sitemap.xml.gz");
        assertEquals(List.of("https://news.example.org/a"), result.links().stream().map(DiscoveredLink::url).toList());
    }

    @Test
    void plainTextSitemap() {
        ParseResult result = parser.parse("https://news.example.org/a\nhttps://news.example.org/b\n".getBytes(StandardCharsets.UTF_8),
            "text/plain", "https://news.example.org/sitemap.txt");
        assertEquals(2, result.links().size());
    }

    @Test
    void garbageIsAProblemNotACrash() {
        ParseResult result = parser.parse("<html><body>not a sitemap".getBytes(StandardCharsets.UTF_8), "text/html", "https://news.example.org/sitemap.xml");
        assertEquals(List.of(), result.links());
        assertFalse(result.problems().isEmpty());
    }
}
