package io.marsad.enrichment.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

        /** 1 where nothing was to be found and nothing was (a language whose briefs only hold common words). */
        double f1() {
            if (truePositives + falsePositives + falseNegatives == 0) {
                return 1;
            }
            return 2 * precision() * recall() / (precision() + recall());
        }
    }

    @Test
    void precisionAndRecallOnTheAnnotatedArticles() throws Exception {
        Map<String, Counts> byLanguage = evaluate("entity-articles.jsonl", 0.95, 0.95, 0.90);
        assertTrue(byLanguage.values().stream().mapToInt(c -> 1).sum() >= 3, "the set needs 3 languages");
    }

    /** Urdu briefs (Urdu text is matched with the Persian column, the Urdu spellings of urdu.tsv and the Urdu common words). */
    @Test
    void precisionAndRecallOnUrdu() throws Exception {
        evaluate("entity-articles-ur.jsonl", 0.95, 0.95, 0.90);
    }

    /** Articles written and annotated after the rules and tables were tuned on the set above, measured as they came. */
    @Test
    void precisionAndRecallOnTheHeldOutArticles() throws Exception {
        evaluate("entity-articles-holdout.jsonl", 0.85, 0.85, 0.75);
    }

    /**
     * Sets where names of the knowledge base occur as common words (docs/entities.md says what each
     * holds and how each was measured). Held-out sets were written after the rules they test and
     * measured once; their floors are under the figures after the fixes they led to.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // Arabic: القاعدة the base, نيسان April, الفاو the Iraqi port, الأسد the lion, بحماس with enthusiasm…; the rules were made on it
        "entity-common-words.jsonl          | 0.95 | 0.95 | 0.95",
        // written after the rules for common words were made on the set above
        "entity-common-words-holdout.jsonl  | 0.90 | 0.95 | 0.90",
        // 2026-12-01, after the vowels, the article and that day's marks: حمص chickpeas, حماة protectors, مصر insistent…
        "entity-common-words-holdout-2.jsonl | 0.90 | 0.95 | 0.90",
        // 2026-12-03: مالي financial, ميتا dead, ساما toxic, سرت spread, مآرب aims, نصف قطر, صلاة المغرب…; the third round's rules were made on it
        "entity-common-words-3.jsonl        | 0.95 | 0.95 | 0.95",
        // held out from the third round: first measured 0.615 / 0.941 (0.459 / 1.000 with the build before the round)
        "entity-common-words-holdout-3.jsonl | 0.90 | 0.90 | 0.90",
        // English: a name that is also a common word or a first name at the start of a sentence ("Guinea pigs", "Chad Smith")
        "entity-common-words-en.jsonl       | 0.90 | 0.95 | 0.90",
        // held out from the English rule: first measured 1.000 / 0.800 (0.526 / 1.000 before)
        "entity-common-words-en-holdout.jsonl | 0.85 | 0.85 | 0.85",
        // Russian: Того "of that", Восточный "eastern" in longer names, Иван Грозный, a duke (герцог), Зеленская; the rules were made on it
        "entity-common-words-ru.jsonl       | 0.95 | 0.95 | 0.95",
        // held out from the Russian rules: first measured 1.000 / 0.950 (0.645 / 1.000 with the build before)
        "entity-common-words-ru-holdout.jsonl | 0.90 | 0.90 | 0.90",
        // Persian: دوشنبه Monday (Dushanbe), چک a cheque, کیف a bag, پرت thrown, دبی a flow, بسیج mobilisation…; the rules were made on it
        "entity-common-words-fa.jsonl       | 0.95 | 0.90 | 0.90",
        // held out from the Persian marks: first measured 1.000 / 0.909 (0.550 / 1.000 with the build before)
        "entity-common-words-fa-holdout.jsonl | 0.95 | 0.85 | 0.85",
        // a surname after another given name (Melania Trump, Hunter Biden) or before Jr.; the rule was made on it
        "entity-namesakes.jsonl             | 0.95 | 0.95 | 0.90",
        // held out from that rule: first measured 0.833 / 1.000 (0.750 / 1.000 before), 1.000 / 1.000 after the headline test was mended
        "entity-namesakes-holdout.jsonl     | 0.90 | 0.95 | 0.85",
        // places whose names are given names or part of a team's, paper's or treaty's name (Paris Hilton, Dallas Cowboys); the rule was made on it
        "entity-places-as-given-names.jsonl | 0.95 | 0.95 | 0.90",
        // held out from that rule: first measured 1.000 / 1.000 (0.722 / 1.000 with the build before)
        "entity-places-as-given-names-holdout.jsonl | 0.90 | 0.95 | 0.85",
        // places whose names are surnames after a given name (Jack London, Denzel Washington, Ирвинг Берлин); the rule was made on it
        "entity-places-as-surnames.jsonl    | 0.95 | 0.95 | 0.90",
        // held out from that rule: first measured 0.800 / 1.000 (0.421 / 1.000 with the build before); 0.889 once short forms
        // (Kathy) joined the given names, so no longer held out; the error left is Ford's Theatre read as the carmaker
        "entity-places-as-surnames-holdout.jsonl | 0.85 | 0.95 | 0.80",
        // people's names in the names of places and things named after them (مطار الإمام الخميني, King Salman Hospital); the rule was made on it
        "entity-named-after.jsonl           | 0.90 | 0.90 | 0.85",
        // held out from that rule, in five languages: first measured 1.000 / 1.000 (0.500 / 1.000 with the build before)
        "entity-named-after-holdout.jsonl   | 0.90 | 0.90 | 0.85",
    })
    void precisionWhereNamesAreAlsoCommonWords(String set, double minPrecision, double minRecall, double minF1PerLanguage) throws Exception {
        evaluate(set, minPrecision, minRecall, minF1PerLanguage);
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
