package io.marsad.bench;

import io.marsad.enrichment.entity.EntityMatcher;
import io.marsad.enrichment.entity.EntityMatcher.Mention;
import io.marsad.enrichment.entity.KnowledgeBase;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * {@code ./marsad bench entity-precision [--part tune|report|all] [--language ar] [--list] SENTENCES}: the
 * precision of entity recognition on real text that nobody wrote for this project — one sentence per
 * line, such as the Leipzig Wortschatz sentences of Lingua's accuracy report
 * (bench/scripts/real-sentences.sh gathers them).
 *
 * <p>Every entity the service's {@link EntityMatcher} finds in a sentence is looked up in the
 * judgments ({@code entity-precision/<language>.tsv} on the class path): whether an annotator who read
 * the sentence agreed that it names that entity. Precision is right / (right + wrong). A mention not
 * judged yet is listed, with a line to add to the judgments, and makes the run fail: a change that
 * finds something new must be judged before its figure means anything. Recall is not measured here
 * (that needs every name in every sentence annotated); the annotated sets of the enrichment service's
 * tests measure it.
 *
 * <p>Sentences are split in two halves by a hash of their text, as the extraction sets are: rules are
 * made on {@code tune}, and {@code report} is measured once. Judgments are keyed by that hash, so they
 * hold whatever order the file's lines come in.
 */
public final class EntityPrecision {

    enum Verdict { RIGHT, WRONG }

    record Judgment(Verdict verdict, String note) {}

    record Found(String sentenceKey, String sentence, Mention mention) {
        String judgmentKey() {
            return sentenceKey + "\t" + mention.entityId();
        }
    }

    public static void main(String[] args) throws IOException {
        String part = "all";
        String language = "ar";
        boolean list = false;
        Path sentences = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--part") && i + 1 < args.length) {
                part = args[++i];
            } else if (args[i].equals("--language") && i + 1 < args.length) {
                language = args[++i];
            } else if (args[i].equals("--list")) {
                list = true;
            } else {
                sentences = Path.of(args[i]);
            }
        }
        if (sentences == null || !List.of("tune", "report", "all").contains(part)) {
            System.err.println("usage: marsad bench entity-precision [--part tune|report|all] [--language ar] [--list] SENTENCES");
            System.exit(2);
        }
        System.exit(run(sentences, part, language, list) ? 0 : 1);
    }

    /** {@code list}: every mention found, with its verdict, one per line (to compare two builds). */
    static boolean run(Path sentencesFile, String part, String language, boolean list) throws IOException {
        Map<String, Judgment> judgments = judgments(language);
        EntityMatcher matcher = new EntityMatcher(KnowledgeBase.load());
        List<Found> found = new ArrayList<>();
        int sentences = 0;
        for (String sentence : Files.readAllLines(sentencesFile, StandardCharsets.UTF_8)) {
            if (sentence.isBlank() || !(part.equals("all") || part.equals(part(sentence)))) {
                continue;
            }
            sentences++;
            String key = key(sentence);
            Map<String, Mention> firstMentionOfEachEntity = new LinkedHashMap<>();
            for (Mention mention : matcher.find(sentence, language)) {
                firstMentionOfEachEntity.putIfAbsent(mention.entityId(), mention);
            }
            firstMentionOfEachEntity.values().forEach(m -> found.add(new Found(key, sentence, m)));
        }
        int right = 0;
        int wrong = 0;
        List<Found> unjudged = new ArrayList<>();
        List<String> wrongOnes = new ArrayList<>();
        for (Found f : found) {
            Judgment judgment = judgments.get(f.judgmentKey());
            if (list) {
                System.out.printf("found\t%s\t%s\t%s\t%s%n", f.sentenceKey(), f.mention().entityId(),
                    judgment == null ? "?" : judgment.verdict(), f.mention().surface());
            }
            if (judgment == null) {
                unjudged.add(f);
            } else if (judgment.verdict() == Verdict.RIGHT) {
                right++;
            } else {
                wrong++;
                wrongOnes.add(String.format("  %s %s (%s): %s%n      %s", f.sentenceKey(), f.mention().entityId(), f.mention().surface(),
                    judgment.note(), f.sentence()));
            }
        }
        System.out.printf(Locale.ROOT, "%s part: %d sentences, %d entities found: %d right, %d wrong, %d not judged%n",
            part, sentences, found.size(), right, wrong, unjudged.size());
        if (right + wrong > 0) {
            System.out.printf(Locale.ROOT, "precision %.3f (of the judged ones)%n", right / (double) (right + wrong));
        }
        if (part.equals("tune") || part.equals("all")) {
            wrongOnes.forEach(System.out::println);
        }
        if (!unjudged.isEmpty()) {
            System.out.println("Not judged yet (add to bench/src/main/resources/entity-precision/" + language + ".tsv, RIGHT or WRONG):");
            for (Found f : unjudged) {
                System.out.printf("%s\t%s\t?\t%s  |  %s%n", f.sentenceKey(), f.mention().entityId(), f.mention().surface(), f.sentence());
            }
        }
        return unjudged.isEmpty();
    }

    static String part(String sentence) {
        return crc(sentence) % 2 == 0 ? "tune" : "report";
    }

    static String key(String sentence) {
        return String.format("%08x", crc(sentence));
    }

    private static long crc(String sentence) {
        CRC32 crc = new CRC32();
        crc.update(sentence.strip().getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    /** Lines of {@code sentence-key TAB entity-id TAB RIGHT|WRONG TAB note}; {@code #} starts a comment. */
    static Map<String, Judgment> judgments(String language) {
        String resource = "/entity-precision/" + language + ".tsv";
        Map<String, Judgment> judgments = new LinkedHashMap<>();
        var stream = EntityPrecision.class.getResourceAsStream(resource);
        if (stream == null) {
            return judgments;
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", 4);
                if (cells.length < 3) {
                    throw new IllegalArgumentException(resource + ": a judgment needs key, entity and verdict: " + line);
                }
                Verdict verdict = Verdict.valueOf(cells[2].strip().toUpperCase(Locale.ROOT));
                judgments.put(cells[0] + "\t" + cells[1], new Judgment(verdict, cells.length > 3 ? cells[3] : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return judgments;
    }
}
