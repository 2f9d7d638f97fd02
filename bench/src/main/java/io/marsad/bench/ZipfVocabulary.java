package io.marsad.bench;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * 50,000 word types, seven in ten Latin (syllables of consonant and vowel), three in ten
 * Arabic-script, drawn with Zipf's law (a word's frequency falls as one over its rank), as in news
 * text; what the alerting benchmark builds articles and subscriptions from. Unlike real news it has
 * no grammar, no repeated phrases and no morphology beyond what the analysers do to random words.
 */
final class ZipfVocabulary {

    static final int TYPES = 50_000;
    private static final String LATIN = "bcdfghjklmnprstvz";
    private static final String VOWELS = "aeiou";
    private static final String ARABIC = "بتثجحخدذرزسشصضطظعغفقكلمنهوي";
    private static final Set<String> OPERATORS = Set.of("and", "or", "not", "near", "onear");

    private final String[] words = new String[TYPES];
    private final double[] cumulative = new double[TYPES];

    ZipfVocabulary(Random random) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < TYPES; i++) {
            String word;
            do {
                word = random.nextDouble() < 0.7 ? latinWord(random) : arabicWord(random);
            } while (!seen.add(word) || OPERATORS.contains(word));
            words[i] = word;
        }
        double sum = 0;
        for (int i = 0; i < TYPES; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < TYPES; i++) {
            cumulative[i] /= sum;
        }
    }

    String word(int rank) {
        return words[rank];
    }

    /** Tokens drawn by frequency, a full stop every twenty. */
    String text(Random random, int tokens) {
        StringBuilder text = new StringBuilder();
        for (int t = 0; t < tokens; t++) {
            text.append(words[zipfRank(random)]).append(t % 20 == 19 ? ". " : " ");
        }
        return text.toString();
    }

    int zipfRank(Random random) {
        int at = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(TYPES - 1, at < 0 ? -at - 1 : at);
    }

    /** A rank between low and high, each order of magnitude about as likely. */
    int logUniform(Random random, int low, int high) {
        return (int) Math.round(Math.exp(Math.log(low) + random.nextDouble() * (Math.log(high) - Math.log(low))));
    }

    private static String latinWord(Random random) {
        StringBuilder word = new StringBuilder();
        int syllables = 2 + random.nextInt(3);
        for (int s = 0; s < syllables; s++) {
            word.append(LATIN.charAt(random.nextInt(LATIN.length()))).append(VOWELS.charAt(random.nextInt(VOWELS.length())));
        }
        return word.append(LATIN.charAt(random.nextInt(LATIN.length()))).toString();
    }

    private static String arabicWord(Random random) {
        StringBuilder word = new StringBuilder();
        int letters = 3 + random.nextInt(5);
        for (int l = 0; l < letters; l++) {
            word.append(ARABIC.charAt(random.nextInt(ARABIC.length())));
        }
        return word.toString();
    }
}
