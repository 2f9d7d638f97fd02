package io.marsad.enrichment.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.text.MarsadAnalyzers;
import io.marsad.text.MinHash;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Precision and recall of story grouping on a set with known duplicates: the 48 annotated
 * evaluation articles (many share a topic, a place or a person without being one story) and, for
 * each, copies made the way syndication and light rewriting make them: an agency dateline before
 * the text, the last sentence trimmed, three words replaced and a promotional line added, the first
 * two sentences swapped. Articles arrive in shuffled order, copies sometimes before their original.
 * Pairwise precision: of the pairs put in one story, the share that are one story; recall: of the
 * pairs that are one story, the share put together. Report in target/story-evaluation.txt.
 */
@QuarkusTest
class StoryEvaluationTest {

    @Inject
    StoryAssigner stories;

    record Item(String id, String goldStory, String variant, String body) {}

    @Test
    void groupingOfSyndicatedCopiesAndRewrites() throws Exception {
        Random random = new Random(20261125);
        List<Item> items = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<JsonNode> bases = articles();
        for (JsonNode base : bases) {
            String gold = base.path("id").asText();
            String language = base.path("language").asText();
            String body = base.path("body").asText();
            items.add(new Item(run + "-" + gold, gold, "original", body));
            List<String> variants = new ArrayList<>(List.of("dateline", "trimmed", "rewritten", "reordered"));
            Collections.shuffle(variants, random);
            for (String variant : variants.subList(0, 2)) {
                String other = bases.get(random.nextInt(bases.size())).path("body").asText();
                items.add(new Item(run + "-" + gold + "-" + variant, gold, variant, copy(variant, body, language, other, random)));
            }
        }
        Collections.shuffle(items, random);
        Map<String, String> predicted = new LinkedHashMap<>();
        for (Item item : items) {
            predicted.put(item.id(), stories.assign(item.id(), item.body()));
        }

        long bothSame = 0;
        long predictedSame = 0;
        long goldSame = 0;
        Map<String, int[]> joinedByVariant = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                Item a = items.get(i);
                Item b = items.get(j);
                boolean same = a.goldStory().equals(b.goldStory());
                boolean together = predicted.get(a.id()).equals(predicted.get(b.id()));
                goldSame += same ? 1 : 0;
                predictedSame += together ? 1 : 0;
                bothSame += same && together ? 1 : 0;
                if (together && !same) {
                    errors.add("merged " + a.id() + " and " + b.id());
                }
            }
        }
        for (Item item : items) {
            if (!item.variant().equals("original")) {
                String original = run + "-" + item.goldStory();
                int[] counts = joinedByVariant.computeIfAbsent(item.variant(), v -> new int[2]);
                counts[1]++;
                if (predicted.get(item.id()).equals(predicted.get(original))) {
                    counts[0]++;
                } else {
                    Item originalItem = items.stream().filter(x -> x.id().equals(original)).findFirst().orElseThrow();
                    List<String> a = MarsadAnalyzers.tokens(MarsadAnalyzers.chain("marsad_folded"), item.body());
                    List<String> b = MarsadAnalyzers.tokens(MarsadAnalyzers.chain("marsad_folded"), originalItem.body());
                    errors.add(String.format("apart %s from its original (%d and %d words, estimated similarity %.2f)", item.id(), a.size(), b.size(),
                        MinHash.similarity(MinHash.signature(a), MinHash.signature(b))));
                }
            }
        }
        double precision = bothSame / (double) predictedSame;
        double recall = bothSame / (double) goldSame;
        StringBuilder report = new StringBuilder(String.format(
            "Story grouping: %d articles (%d originals, %d copies), %d pairs in one story%n"
                + "pairwise precision %.3f, recall %.3f, F1 %.3f%n", items.size(), bases.size(), items.size() - bases.size(), goldSame,
            precision, recall, 2 * precision * recall / (precision + recall)));
        joinedByVariant.forEach((variant, c) -> report.append(String.format("  %-10s %d/%d joined their original%n", variant, c[0], c[1])));
        errors.forEach(e -> report.append("  ").append(e).append('\n'));
        Path out = Path.of("target", "story-evaluation.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.print(report);
        assertTrue(precision >= 0.95, report.toString());
        assertTrue(recall >= 0.90, report.toString());
    }

    static String copy(String variant, String body, String language, String other, Random random) {
        List<String> sentences = sentences(body);
        return switch (variant) {
            case "dateline" -> switch (language) {
                case "ar" -> "بيروت - (أ ف ب) - " + body;
                case "fr" -> "PARIS (AFP) - " + body;
                case "ru" -> "МОСКВА, 25 ноября - " + body;
                default -> "LONDON (Reuters) - " + body;
            };
            case "trimmed" -> String.join(" ", sentences.subList(0, Math.max(1, sentences.size() - 1)));
            case "reordered" -> {
                List<String> swapped = new ArrayList<>(sentences);
                if (swapped.size() > 1) {
                    Collections.swap(swapped, 0, 1);
                }
                yield String.join(" ", swapped);
            }
            default -> rewritten(body, language, other, random);
        };
    }

    /** Three words replaced by words of another article, and a promotional line at the end. */
    static String rewritten(String body, String language, String other, Random random) {
        String[] words = body.split(" ");
        String[] replacements = other.split(" ");
        for (int k = 0; k < 3; k++) {
            int at = random.nextInt(words.length);
            words[at] = replacements[random.nextInt(replacements.length)];
        }
        String promotion = switch (language) {
            case "ar" -> "تابعوا آخر الأخبار على موقعنا.";
            case "fr" -> "Suivez toute l'actualité sur notre site.";
            case "ru" -> "Следите за новостями на нашем сайте.";
            default -> "Follow the latest news on our website.";
        };
        return String.join(" ", words) + " " + promotion;
    }

    static List<String> sentences(String body) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : body.split("(?<=[.!?؟])\\s+")) {
            if (!sentence.isBlank()) {
                sentences.add(sentence.strip());
            }
        }
        return sentences;
    }

    static List<JsonNode> articles() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> articles = new ArrayList<>();
        for (String set : List.of("entity-articles.jsonl", "entity-articles-holdout.jsonl")) {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                StoryEvaluationTest.class.getResourceAsStream("/evaluation/" + set), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (!line.isBlank()) {
                        articles.add(json.readTree(line));
                    }
                }
            }
        }
        return articles;
    }
}
