package io.marsad.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Made-up words that look like a language's words: a model of which letter follows each two
 * letters, counted over real words of that language. Language identification reads text by its
 * letter sequences, so words made this way are told apart as real text is; words of random
 * syllables were not (Lingua took 95% of such English and French articles for another language
 * or none). Deterministic: the same words and the same random numbers make the same words.
 */
final class LetterModel {

    private static final char START = '^';
    private static final char END = '$';
    private static final int MAX_LETTERS = 16;

    /** Per context of two letters, the letters that follow and their cumulative counts. */
    private final Map<String, Followers> following = new LinkedHashMap<>();

    private record Followers(char[] letters, int[] cumulative) {
        char draw(Random random) {
            int pick = random.nextInt(cumulative[cumulative.length - 1]);
            for (int i = 0; i < cumulative.length; i++) {
                if (pick < cumulative[i]) {
                    return letters[i];
                }
            }
            return letters[letters.length - 1];
        }
    }

    /** A model of the given words (each counted once, lower-cased; those with other than letters skipped). */
    LetterModel(Collection<String> words) {
        Map<String, Map<Character, Integer>> counts = new LinkedHashMap<>();
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.length() < 2 || !lower.chars().allMatch(Character::isLetter)) {
                continue;
            }
            String padded = "" + START + START + lower + END;
            for (int i = 2; i < padded.length(); i++) {
                counts.computeIfAbsent(padded.substring(i - 2, i), c -> new LinkedHashMap<>()).merge(padded.charAt(i), 1, Integer::sum);
            }
        }
        if (counts.isEmpty()) {
            throw new IllegalArgumentException("no words to learn letters from");
        }
        counts.forEach((context, next) -> {
            char[] letters = new char[next.size()];
            int[] cumulative = new int[next.size()];
            int i = 0;
            int sum = 0;
            for (Map.Entry<Character, Integer> entry : next.entrySet()) {
                letters[i] = entry.getKey();
                sum += entry.getValue();
                cumulative[i++] = sum;
            }
            following.put(context, new Followers(letters, cumulative));
        });
    }

    /** A word of at least two letters; real words come out too, which the caller may skip. */
    String word(Random random) {
        while (true) {
            StringBuilder word = new StringBuilder();
            String context = "" + START + START;
            while (word.length() <= MAX_LETTERS) {
                char next = following.get(context).draw(random);
                if (next == END) {
                    break;
                }
                word.append(next);
                context = context.substring(1) + next;
            }
            if (word.length() >= 2 && word.length() <= MAX_LETTERS) {
                return word.toString();
            }
        }
    }
}
