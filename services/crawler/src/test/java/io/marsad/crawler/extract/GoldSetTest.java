package io.marsad.crawler.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scores the extractor on the gold set (src/test/resources/extraction/gold, made by
 * src/test/gold-set/generate.py, plus the real Arabic sample): 4-token shingle F1 of the body per
 * page, averaged. Writes a per-page report to target/extraction-gold-report.txt.
 */
class GoldSetTest {

    /** Set from the measured results (see docs/extraction.md); a drop below it is a regression. */
    static final double MIN_MEAN_F1 = 0.97;
    /** No page may be lost entirely. */
    static final double MIN_PAGE_F1 = 0.80;

    record Score(String page, String layout, double f1, boolean titleOk, boolean dateOk) {}

    @Test
    void extractionQualityOnTheGoldSet() throws Exception {
        List<Score> scores = new ArrayList<>();
        ArticleExtractor extractor = new ArticleExtractor();
        ObjectMapper json = new ObjectMapper();
        for (Path expectedFile : expectedFiles()) {
            JsonNode expected = json.readTree(expectedFile.toFile());
            String name = expectedFile.getFileName().toString().replace(".expected.json", "").replace(".json", "");
            Path page = expectedFile.resolveSibling(name + ".html");
            ExtractedArticle article = extractor.extract(Files.readAllBytes(page), null, expected.path("url").asText());
            List<String> paragraphs = new ArrayList<>();
            expected.path("bodyParagraphs").forEach(p -> paragraphs.add(p.asText()));
            double f1 = ShingleF1.of(article.articleBody(), String.join("\n\n", paragraphs));
            boolean titleOk = expected.path("title").asText().equals(article.title());
            boolean dateOk = Instant.parse(expected.path("publishedAt").asText()).equals(article.publishedAt());
            scores.add(new Score(name, expected.path("layout").asText("sample"), f1, titleOk, dateOk));
        }
        double mean = scores.stream().mapToDouble(Score::f1).average().orElse(0);
        String report = report(scores, mean);
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("extraction-gold-report.txt"), report);
        }
        System.out.println(report);

        assertTrue(scores.size() >= 41, "gold set has " + scores.size() + " pages");
        assertTrue(mean >= MIN_MEAN_F1, String.format(Locale.ROOT, "mean F1 %.4f < %.2f%n%s", mean, MIN_MEAN_F1, report));
        for (Score score : scores) {
            assertTrue(score.f1() >= MIN_PAGE_F1, score + "\n" + report);
        }
        assertEquals(List.of(), scores.stream().filter(s -> !s.titleOk()).map(Score::page).toList(), "pages with a wrong title");
        assertEquals(List.of(), scores.stream().filter(s -> !s.dateOk()).map(Score::page).toList(), "pages with a wrong publication time");
    }

    static List<Path> expectedFiles() throws IOException, URISyntaxException {
        Path gold = Path.of(GoldSetTest.class.getResource("/extraction/gold").toURI());
        Path sample = Path.of(GoldSetTest.class.getResource("/extraction/samples/arabic-aggregator-article.expected.json").toURI());
        try (Stream<Path> files = Files.list(gold)) {
            List<Path> all = new ArrayList<>(files.filter(p -> p.toString().endsWith(".json")).sorted().toList());
            all.add(sample);
            return all;
        }
    }

    private static String report(List<Score> scores, double mean) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "Extraction gold set: %d pages, mean 4-shingle F1 %.4f%n", scores.size(), mean));
        for (Score s : scores) {
            out.append(String.format(Locale.ROOT, "  %-34s %.4f%s%s%n", s.page(), s.f1(), s.titleOk() ? "" : "  TITLE", s.dateOk() ? "" : "  DATE"));
        }
        return out.toString();
    }
}
