package io.marsad.crawler.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The real Arabic aggregator page from shared/samples (copied into the test resources): inline CSS,
 * a tag cloud, a "read also" box with another article inside the article element, and a similar
 * headlines list all leaked into a naive scraper's text. The extractor must return exactly the
 * expected title and 24 paragraphs, and none of the leaked strings.
 */
class ArabicAggregatorSampleTest {

    private static ExtractedArticle article;
    private static JsonNode expected;

    @BeforeAll
    static void extract() throws Exception {
        byte[] html;
        try (InputStream in = ArabicAggregatorSampleTest.class.getResourceAsStream("/extraction/samples/arabic-aggregator-article.html")) {
            html = in.readAllBytes();
        }
        try (InputStream in = ArabicAggregatorSampleTest.class.getResourceAsStream("/extraction/samples/arabic-aggregator-article.expected.json")) {
            expected = new ObjectMapper().readTree(in);
        }
        article = new ArticleExtractor().extract(html, null, expected.path("url").asText());
    }

    @Test
    void bodyIsExactlyTheArticlesParagraphs() {
        List<String> paragraphs = new ArrayList<>();
        expected.path("bodyParagraphs").forEach(p -> paragraphs.add(p.asText()));
        assertEquals(24, paragraphs.size());
        assertEquals(paragraphs, article.paragraphs());
    }

    /**
     * One of the strings, الرئيسية ("Home" in the menu), is also an ordinary word of the article
     * ("حليفته الرئيسية الأخرى"): a string may appear only as often as in the expected body itself.
     */
    @Test
    void nothingThatLeakedIntoTheNaiveScrapeAppears() {
        String expectedBody = joined(expected.path("bodyParagraphs"));
        for (JsonNode leaked : expected.path("mustNotContain")) {
            String text = leaked.asText();
            assertEquals(occurrences(expectedBody, text), occurrences(article.articleBody(), text), "occurrences of " + text);
        }
        assertFalse(article.articleBody().contains("{"), "no CSS in the body");
    }

    private static String joined(JsonNode paragraphs) {
        List<String> all = new ArrayList<>();
        paragraphs.forEach(p -> all.add(p.asText()));
        return String.join("\n\n", all);
    }

    private static int occurrences(String haystack, String needle) {
        int count = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length())) {
            count++;
        }
        return count;
    }

    @Test
    void metadata() {
        assertEquals(expected.path("title").asText(), article.title());
        assertEquals(expected.path("canonicalUrl").asText(), article.canonicalUrl());
        assertEquals(expected.path("language").asText(), article.language());
        assertEquals(Instant.parse(expected.path("publishedAt").asText()), article.publishedAt());
        assertEquals(expected.path("siteName").asText(), article.siteName());
        List<String> tags = new ArrayList<>();
        expected.path("tags").forEach(t -> tags.add(t.asText()));
        assertEquals(tags, article.tags());
    }
}
