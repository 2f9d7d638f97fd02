package io.marsad.crawler.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SectionPageParserTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "https://news.example.org/world/2023/09/13/putin-kim", "https://news.example.org/2025-01-20/story",
        "https://news.example.org/news/1234567", "https://news.example.org/a/article-12345.html",
        "https://news.example.org/world/putin-and-kim-meet-at-space-base",
        "https://news.example.org/%D8%A8%D9%88%D8%AA%D9%8A%D9%86-%D9%88%D9%83%D9%8A%D9%85-%D9%8A%D9%84%D8%AA%D9%82%D9%8A%D8%A7%D9%86-%D9%81%D9%8A"})
    void articleShapedUrls(String url) {
        assertTrue(SectionPageParser.looksLikeArticle(URI.create(url)), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://news.example.org/", "https://news.example.org/world", "https://news.example.org/tag/putin",
        "https://news.example.org/category/world-news-from-everywhere-today", "https://news.example.org/author/jane-doe-the-reporter",
        "https://news.example.org/search?q=x", "https://news.example.org/img/2023/09/13/photo.jpg", "https://news.example.org/page/2"})
    void listingsAndFilesAreNot(String url) {
        assertFalse(SectionPageParser.looksLikeArticle(URI.create(url)), url);
    }

    @Test
    void keepsSameSiteArticleLinksInOrder() {
        String html = """
            <html><body><nav><a href="/">Home</a><a href="/world">World</a><a href="/tag/russia">Russia</a></nav>
            <a href="/world/2023/09/13/putin-kim">بوتين وكيم</a>
            <a href="https://www.news.example.org/economy/gold-prices-rise-again-today#comments">Gold</a>
            <a href="https://other.example.com/world/2023/09/13/elsewhere">Elsewhere</a>
            <a href="/world/2023/09/13/putin-kim">duplicate</a></body></html>""";
        ParseResult result = new SectionPageParser().parse(html.getBytes(StandardCharsets.UTF_8), "UTF-8", "https://news.example.org/world");
        assertEquals(List.of("https://news.example.org/world/2023/09/13/putin-kim", "https://www.news.example.org/economy/gold-prices-rise-again-today"),
            result.links().stream().map(DiscoveredLink::url).toList());
        assertEquals("بوتين وكيم", result.links().get(0).title());
    }
}
