package io.marsad.enrichment.keyword;

import io.marsad.enrichment.text.FoldedTokens;
import io.marsad.text.AnalysisChain;
import io.marsad.text.MarsadAnalyzers;
import io.marsad.text.MarsadAnalyzers.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Salient terms of an article by TF-IDF against the collection (docs/entities.md#keywords): words
 * are compared in their language's stemmed form (so قمر and الأقمار, satellite and satellites
 * count together) and shown in the spelling the article used most. Function words, numbers and
 * words of fewer than three letters are left out; a title word counts three times.
 */
public final class KeywordExtractor {

    static final int TITLE_WEIGHT = 3;

    /** One candidate term of an article: its stem, how often it occurs, and the spelling to show. */
    public record Term(String stem, int frequency, String text) {}

    /** A keyword with its score (term frequency × inverse document frequency). */
    public record Keyword(String text, double score) {}

    /** How many documents of a language there are, and in how many each stem occurs. */
    public interface Statistics {
        long documents();

        long documentFrequency(String stem);

        /** Statistics of {@code documents} articles, in {@code documentFrequency(stem)} of which a stem occurs. */
        static Statistics of(long documents, java.util.function.ToLongFunction<String> documentFrequency) {
            return new Statistics() {
                @Override
                public long documents() {
                    return documents;
                }

                @Override
                public long documentFrequency(String stem) {
                    return documentFrequency.applyAsLong(stem);
                }
            };
        }

        /** These statistics with more articles counted in: their number, and in how many of them each stem occurs. */
        default Statistics plus(long moreDocuments, Map<String, Integer> moreFrequencies) {
            return of(documents() + moreDocuments, stem -> documentFrequency(stem) + moreFrequencies.getOrDefault(stem, 0));
        }
    }

    private KeywordExtractor() {
    }

    /** The distinct stems of an article with their weighted frequencies. */
    public static List<Term> terms(String language, String title, String body) {
        Map<String, StemCount> counts = new LinkedHashMap<>();
        count(language, title, TITLE_WEIGHT, counts);
        count(language, body, 1, counts);
        List<Term> terms = new ArrayList<>(counts.size());
        counts.forEach((stem, count) -> terms.add(new Term(stem, count.frequency, count.mostUsedSpelling())));
        return terms;
    }

    /**
     * A stem's weighted frequency in an article and the spellings it was written in. Most stems are
     * written one way in an article, so the map of spellings is made only when a second one comes
     * (a map per stem and an update of it per word were about a tenth of the keyword stage's samples in a profile).
     */
    private static final class StemCount {
        int frequency;
        String spelling;
        Map<String, Integer> spellings;

        void add(String written, int weight) {
            frequency += weight;
            if (spelling == null) {
                spelling = written;
            } else if (spellings == null && !spelling.equals(written)) {
                spellings = new HashMap<>();
                spellings.put(spelling, frequency - weight);
            }
            if (spellings != null) {
                spellings.merge(written, weight, Integer::sum);
            }
        }

        String mostUsedSpelling() {
            return spellings == null ? spelling : spellings.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
    }

    /** The {@code limit} best-scoring terms, best first. */
    public static List<Keyword> top(List<Term> terms, Statistics statistics, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        double documents = statistics.documents();
        // the best `limit` kept in a heap with the weakest on top: an article has hundreds of terms and shows a few
        PriorityQueue<Keyword> best = new PriorityQueue<>(limit + 1, BEST_FIRST.reversed());
        for (Term term : terms) {
            best.add(new Keyword(term.text(), term.frequency() * (Math.log((documents + 1) / (statistics.documentFrequency(term.stem()) + 1)) + 1)));
            if (best.size() > limit) {
                best.poll();
            }
        }
        List<Keyword> top = new ArrayList<>(best);
        top.sort(BEST_FIRST);
        return top;
    }

    private static final Comparator<Keyword> BEST_FIRST = Comparator.comparingDouble(Keyword::score).reversed().thenComparing(Keyword::text);

    private static void count(String language, String text, int weight, Map<String, StemCount> counts) {
        if (text == null || text.isBlank()) {
            return;
        }
        Set<String> stopWords = StopWords.of(language);
        AnalysisChain chain = MarsadAnalyzers.forLanguage(language);
        List<Token> folded = FoldedTokens.of(text);
        List<Token> stemmed = MarsadAnalyzers.tokensWithOffsets(chain, text);
        boolean aligned = stemmed.size() == folded.size();
        for (int i = 0; i < folded.size(); i++) {
            Token word = folded.get(i);
            if (word.term().length() < 3 || stopWords.contains(word.term()) || !lettersOnly(word.term())) {
                continue;
            }
            String surface = text.substring(word.start(), word.end());
            String stem;
            if (aligned && stemmed.get(i).start() == word.start()) {
                stem = stemmed.get(i).term();
            } else {
                List<String> alone = MarsadAnalyzers.tokens(chain, surface);
                stem = alone.isEmpty() ? word.term() : alone.get(0);
            }
            if (stem.length() < 2) {
                continue;
            }
            counts.computeIfAbsent(stem, s -> new StemCount()).add(surface.toLowerCase(Locale.ROOT), weight);
        }
    }

    private static boolean lettersOnly(String term) {
        for (int i = 0; i < term.length(); ) {
            int c = term.codePointAt(i);
            if (!Character.isLetter(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * The page's own tags, trimmed, with runs of spaces made one, and without repeats that differ
     * only in case, accents or Arabic spelling variants (the first spelling is kept).
     */
    public static List<String> normalisedTags(List<String> tags, int limit) {
        Map<String, String> byKey = new LinkedHashMap<>();
        if (tags != null) {
            for (String tag : tags) {
                if (tag == null) {
                    continue;
                }
                String clean = tag.strip().replaceAll("\\s+", " ");
                String key = MarsadAnalyzers.normalizeKeyword(clean);
                if (!clean.isEmpty() && !key.isBlank()) {
                    byKey.putIfAbsent(key, clean);
                }
                if (byKey.size() == limit) {
                    break;
                }
            }
        }
        return List.copyOf(byKey.values());
    }

    /** Tags first, then the extracted keywords that do not repeat a tag. */
    public static List<String> merge(List<String> tags, List<Keyword> keywords) {
        Map<String, String> byKey = new LinkedHashMap<>();
        tags.forEach(tag -> byKey.putIfAbsent(MarsadAnalyzers.normalizeKeyword(tag), tag));
        keywords.forEach(k -> byKey.putIfAbsent(MarsadAnalyzers.normalizeKeyword(k.text()), k.text()));
        return List.copyOf(byKey.values());
    }
}
