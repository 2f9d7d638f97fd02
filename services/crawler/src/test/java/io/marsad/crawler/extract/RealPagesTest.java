package io.marsad.crawler.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scores the extractor on real news pages, the tune half of the Scrapinghub benchmark kept in
 * src/test/resources/extraction/scrapinghub-tune: 4-shingle F1 of the body against the
 * human-written text, per page, averaged. Writes a per-page report to target/extraction-real-report.txt.
 */
class RealPagesTest {

    /** Set from the measured mean (0.978 on 2026-12-01, after the third round of rules, docs/extraction.md); a drop below it is a regression. */
    static final double MIN_MEAN_F1 = 0.97;
    /** A page whose text is this long… */
    static final int SUBSTANTIAL_TEXT = 500;
    /** …comes back empty when its body is shorter than this. */
    static final int EMPTY_BODY = 200;

    record Score(String id, double f1, int bodyLength, int expectedLength, Extraction extraction) {
        boolean empty() {
            return expectedLength >= SUBSTANTIAL_TEXT && bodyLength < EMPTY_BODY;
        }
    }

    @Test
    void realNewsPagesAreExtractedCloseToTheirHumanWrittenText() throws Exception {
        Path root = Path.of(RealPagesTest.class.getResource("/extraction/scrapinghub-tune").toURI());
        JsonNode truth = new ObjectMapper().readTree(root.resolve("ground-truth.json").toFile());
        ArticleExtractor extractor = new ArticleExtractor();
        List<Score> scores = new ArrayList<>();
        for (Map.Entry<String, JsonNode> page : truth.properties()) {
            byte[] html = gunzip(root.resolve("html").resolve(page.getKey() + ".html.gz"));
            ExtractedArticle article = extractor.extract(html, null, page.getValue().get("url").asText());
            String expected = page.getValue().get("articleBody").asText();
            scores.add(new Score(page.getKey(), ShingleF1.of(article.articleBody(), expected), article.articleBody().length(), expected.length(),
                article.extraction()));
        }
        double mean = scores.stream().mapToDouble(Score::f1).average().orElse(0);
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "Real news pages (Scrapinghub, tune half): %d pages, mean 4-shingle F1 %.4f%n",
            scores.size(), mean));
        scores.stream().sorted(Comparator.comparingDouble(Score::f1)).forEach(s -> report.append(String.format(Locale.ROOT,
            "  %.4f %6d/%6d chars %s [%s %.2f]%s%n", s.f1(), s.bodyLength(), s.expectedLength(), s.id(), s.extraction().strategy(),
            s.extraction().confidence(), s.empty() ? " EMPTY" : "")));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "extraction-real-report.txt"), report);
        System.out.print(report);

        assertEquals(92, scores.size(), "pages in the set");
        assertTrue(mean >= MIN_MEAN_F1, String.format(Locale.ROOT, "mean F1 %.4f < %.2f%n%s", mean, MIN_MEAN_F1, report));
        assertEquals(List.of(), scores.stream().filter(Score::empty).map(Score::id).toList(), "pages that came back empty");
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
