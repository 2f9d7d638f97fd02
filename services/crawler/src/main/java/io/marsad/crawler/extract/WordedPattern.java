package io.marsad.crawler.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A multilingual pattern tried on many short blocks of a page, run only on a text short enough and
 * holding one of the words every form of it holds: the pattern itself, scanned from every position,
 * cost a tenth of extraction's time when tried on every small box.
 */
record WordedPattern(int maxLength, List<String> words, Pattern pattern) {

    static WordedPattern of(int maxLength, List<String> words, String... forms) {
        return new WordedPattern(maxLength, words, Pattern.compile(String.join("|", forms),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS));
    }

    boolean findIn(String text) {
        if (text.length() > maxLength) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : words) {
            if (lower.contains(word)) {
                return pattern.matcher(text).find();
            }
        }
        return false;
    }
}
