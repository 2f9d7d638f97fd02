package io.marsad.crawler.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agreement of two texts as the F1 of their 4-token shingles (multisets), the measure used in
 * extraction benchmarks: word order matters, formatting does not. Tokens are runs of letters, marks
 * and digits in any script, lower-cased; in Chinese and Japanese, written without spaces, each character is
 * a token (else a whole sentence would be one). Used by the gold-set tests and `./marsad bench extraction-quality`.
 */
public final class ShingleF1 {

    private static final Pattern TOKEN = Pattern.compile(
        "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]|[\\p{L}\\p{M}\\p{N}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]+");
    private static final Pattern FORMAT_CHARACTERS = Pattern.compile("\\p{Cf}");
    private static final int SIZE = 4;

    private ShingleF1() {}

    public static double of(String extracted, String expected) {
        Map<String, Integer> got = shingles(extracted);
        Map<String, Integer> want = shingles(expected);
        if (got.isEmpty() && want.isEmpty()) {
            return 1;
        }
        if (got.isEmpty() || want.isEmpty()) {
            return 0;
        }
        int overlap = 0;
        for (Map.Entry<String, Integer> entry : got.entrySet()) {
            overlap += Math.min(entry.getValue(), want.getOrDefault(entry.getKey(), 0));
        }
        double precision = (double) overlap / total(got);
        double recall = (double) overlap / total(want);
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    public static Map<String, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        // invisible format characters (a soft hyphen inside "jak\u00ADby", a zero-width joiner) are no word breaks
        Matcher m = TOKEN.matcher(text == null ? "" : FORMAT_CHARACTERS.matcher(text).replaceAll("").toLowerCase(Locale.ROOT));
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<String, Integer> shingles = new HashMap<>();
        int size = Math.min(SIZE, tokens.size());
        for (int i = 0; size > 0 && i + size <= tokens.size(); i++) {
            shingles.merge(String.join(" ", tokens.subList(i, i + size)), 1, Integer::sum);
        }
        return shingles;
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
