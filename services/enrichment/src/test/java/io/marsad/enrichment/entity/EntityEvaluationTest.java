package io.marsad.enrichment.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Precision and recall of entity recognition on the hand-annotated set in
 * src/test/resources/evaluation/ (docs/entities.md says how they were annotated):
 * per article, the set of entity ids found against the set an annotator listed. "Open" recall also
 * counts the named entities the knowledge base does not have. The reports go to
 * target/entity-evaluation-*.txt; the floors are under the figures measured, to catch regressions.
 */
class EntityEvaluationTest {

    record Counts(int truePositives, int falsePositives, int falseNegatives, int unknown) {
        Counts plus(Counts o) {
            return new Counts(truePositives + o.truePositives, falsePositives + o.falsePositives, falseNegatives + o.falseNegatives, unknown + o.unknown);
        }

        double precision() {
            return truePositives / (double) (truePositives + falsePositives);
        }

        double recall() {
            return truePositives / (double) (truePositives + falseNegatives);
        }

        double openRecall() {
            return truePositives / (double) (truePositives + falseNegatives + unknown);
        }

        double f1() {
            return 2 * precision() * recall() / (precision() + recall());
        }
    }

    @Test
    void precisionAndRecallOnTheAnnotatedArticles() throws Exception {
        Map<String, Counts> byLanguage = evaluate("entity-articles.jsonl", 0.95, 0.95, 0.90);
        assertTrue(byLanguage.values().stream().mapToInt(c -> 1).sum() >= 3, "the set needs 3 languages");
    }

    /** Articles written and annotated after the rules and tables were tuned on the set above, measured as they came. */
    @Test
    void precisionAndRecallOnTheHeldOutArticles() throws Exception {
        evaluate("entity-articles-holdout.jsonl", 0.85, 0.85, 0.75);
    }

    /**
     * Arabic articles where names of the knowledge base occur as common words (القاعدة the base,
     * نيسان April, الفاو the Iraqi port, الأسد the lion, مبادلة an exchange, بحماس with
     * enthusiasm…), and six where the entity is meant, with evidence (docs/entities.md).
     */
    @Test
    void precisionWhereNamesAreAlsoCommonWords() throws Exception {
        evaluate("entity-common-words.jsonl", 0.95, 0.95, 0.95);
    }

    /**
     * Written after the rules for common words were made on the set above; its first measurement is
     * in docs/entities.md, and the floors are under the figures after the fixes it led to.
     */
    @Test
    void precisionWhereNamesAreAlsoCommonWordsHeldOut() throws Exception {
        evaluate("entity-common-words-holdout.jsonl", 0.90, 0.95, 0.90);
    }

    /**
     * A second held-out set, written on 2026-12-01 after the rules for vowels, the article and the
     * marks of that day: names that are also common words, marked in the knowledge base or not
     * (حمص chickpeas, حماة protectors, مصر insistent, حلب milked, جنات عدن, the public gardens
     * الرياض, a fire hose الخرطوم), and six where the entity is meant. Its first measurement
     * (precision 0.696: the seven names not marked then) and the one after the marks it led to are
     * in docs/entities.md; the floors are under the second.
     */
    @Test
    void precisionWhereNamesAreAlsoCommonWordsSecondHeldOut() throws Exception {
        evaluate("entity-common-words-holdout-2.jsonl", 0.90, 0.95, 0.90);
    }

    /**
     * A third set, written on 2026-12-03 to probe names of the knowledge base that are also common
     * words and were not marked then (مالي financial, ميتا and ساما in the accusative, سرت "spread",
     * مآرب "aims", نصف قطر a radius, صلاة المغرب the sunset prayer, بكل حماس, درعا بشريا a human
     * shield, البقاع المقدسة the holy places, المنطقة الشرقية of any country), with fourteen briefs
     * where the entity is meant. The rules of that day were made on it (docs/entities.md).
     */
    @Test
    void precisionWhereNamesAreAlsoCommonWordsThirdSet() throws Exception {
        evaluate("entity-common-words-3.jsonl", 0.95, 0.95, 0.95);
    }

    /**
     * Held out from the third set's rules: written on 2026-12-03 after them and measured once (docs/entities.md):
     * the same names in other phrasings (تأخر مالي, سرت في المدينة أنباء, مآرب انتخابية, قطر الفوهة),
     * names the rules did not cover (صيدا a catch, بالرقة tenderness, سوسة النخيل the palm weevil,
     * إبراهيم الخليل), and twelve briefs where the entity is meant. First measurement: precision 0.615,
     * recall 0.941 (0.459 and 1.000 with the build before the third round); the floors are under the
     * figures after the fixes it led to.
     */
    @Test
    void precisionWhereNamesAreAlsoCommonWordsThirdHeldOut() throws Exception {
        evaluate("entity-common-words-holdout-3.jsonl", 0.90, 0.90, 0.90);
    }

    /**
     * English briefs where a name of the tables that is also a common word or a first name starts a
     * sentence ("Guinea pigs", "Apple pie", "Nice weather", "Chad Smith"), and nine where the entity
     * is meant; written on 2026-12-03 with the rule on a capital at the start of a sentence (docs/entities.md).
     */
    @Test
    void precisionWhereLatinNamesAreAlsoCommonWords() throws Exception {
        evaluate("entity-common-words-en.jsonl", 0.90, 0.95, 0.90);
    }

    /**
     * Held out from the English set's rule: written after it and measured once (precision 0.526 →
     * 1.000, recall 1.000 → 0.800; docs/entities.md); the floors are under the figures after the fix it led to.
     */
    @Test
    void precisionWhereLatinNamesAreAlsoCommonWordsHeldOut() throws Exception {
        evaluate("entity-common-words-en-holdout.jsonl", 0.85, 0.85, 0.85);
    }

    private Map<String, Counts> evaluate(String set, double minPrecision, double minRecall, double minF1PerLanguage) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, Counts> byLanguage = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        int articles = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
            getClass().getResourceAsStream("/evaluation/" + set), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                articles++;
                JsonNode article = json.readTree(line);
                Set<String> gold = new LinkedHashSet<>();
                article.path("entities").forEach(id -> gold.add(id.asText()));
                gold.forEach(id -> assertTrue(EntityMatcherTest.KB.get(id) != null, article.path("id").asText() + ": annotated id not in the knowledge base: " + id));
                Set<String> found = new LinkedHashSet<>();
                Map<String, String> surfaces = new java.util.HashMap<>();
                EntityMatcherTest.MATCHER.find(article.path("title").asText() + "\n" + article.path("body").asText(), article.path("language").asText())
                    .forEach(m -> {
                        found.add(m.entityId());
                        surfaces.putIfAbsent(m.entityId(), m.surface());
                    });
                Set<String> missed = new LinkedHashSet<>(gold);
                missed.removeAll(found);
                Set<String> spurious = new LinkedHashSet<>(found);
                spurious.removeAll(gold);
                List<String> spuriousAsWritten = spurious.stream().map(id -> id + " (" + surfaces.get(id) + ")").toList();
                int correct = gold.size() - missed.size();
                if (!missed.isEmpty() || !spurious.isEmpty()) {
                    errors.add(article.path("id").asText() + " missed " + missed + " spurious " + spuriousAsWritten);
                }
                byLanguage.merge(article.path("language").asText(),
                    new Counts(correct, spurious.size(), missed.size(), article.path("unknown").size()), Counts::plus);
            }
        }
        Counts all = byLanguage.values().stream().reduce(new Counts(0, 0, 0, 0), Counts::plus);
        StringBuilder report = new StringBuilder("Entity recognition on ").append(articles).append(" annotated articles (").append(set).append(")\n");
        report.append(String.format("%-6s %9s %9s %9s %11s %5s %5s %5s%n", "lang", "precision", "recall", "F1", "open recall", "TP", "FP", "FN"));
        byLanguage.forEach((language, c) -> report.append(line(language, c)));
        report.append(line("all", all)).append("\nDifferences:\n");
        errors.forEach(e -> report.append("  ").append(e).append('\n'));
        Path out = Path.of("target", "entity-evaluation-" + set.replace(".jsonl", ".txt"));
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.print(report);

        assertTrue(articles >= 16, set + " has too few articles: " + articles);
        assertTrue(all.precision() >= minPrecision, report.toString());
        assertTrue(all.recall() >= minRecall, report.toString());
        byLanguage.forEach((language, c) -> assertTrue(c.f1() >= minF1PerLanguage, language + "\n" + report));
        return byLanguage;
    }

    private static String line(String language, Counts c) {
        return String.format("%-6s %9.3f %9.3f %9.3f %11.3f %5d %5d %5d%n", language, c.precision(), c.recall(), c.f1(), c.openRecall(),
            c.truePositives(), c.falsePositives(), c.falseNegatives());
    }
}
