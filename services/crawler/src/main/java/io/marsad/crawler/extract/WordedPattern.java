package io.marsad.crawler.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A multilingual pattern tried on many short blocks of a page, run only on a text short enough and
 * holding one of the words every form of it holds: the pattern itself, scanned from every position,
 * cost a tenth of extraction's time when tried on every small box. The words are looked for in one pass over the text,
 * by their first letter: looking for each in turn, as a dozen patterns do on every block, cost a few per cent more.
 */
final class WordedPattern {

    private final int maxLength;
    private final Pattern pattern;
    /**
     * The words by their first letter, lower-cased; ASCII letters index an array, in both cases (so that most of a text's
     * letters need no {@link Character#toLowerCase}, which cost more than the lookup), the other scripts' few are listed.
     */
    private final String[][] byAsciiFirst = new String[128][];
    /** The other first letters, in a string searched without boxing a character for every letter of Arabic text. */
    private final StringBuilder otherFirsts = new StringBuilder();
    private final List<String[]> byOtherFirst = new ArrayList<>();
    /**
     * The characters from 128 up that open a word in some case: the others, most letters of a text in Arabic, Cyrillic or
     * Chinese, are passed over without {@link Character#toLowerCase}, which cost more than the search itself.
     */
    private final BitSet othersOpeningAWord = new BitSet(Character.MAX_VALUE + 1);
    /** Those of them that are not lower case already: Arabic's letters, which have no case, are looked up as they are. */
    private final BitSet othersToLowerCase = new BitSet(Character.MAX_VALUE + 1);

    WordedPattern(int maxLength, List<String> words, Pattern pattern) {
        this.maxLength = maxLength;
        this.pattern = pattern;
        Map<Character, List<String>> grouped = new HashMap<>();
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            grouped.computeIfAbsent(lower.charAt(0), first -> new ArrayList<>()).add(lower);
        }
        grouped.forEach((first, group) -> {
            String[] array = group.toArray(String[]::new);
            if (first < 128) {
                byAsciiFirst[first] = array;
                byAsciiFirst[Character.toUpperCase(first)] = array;
            } else {
                otherFirsts.append(first.charValue());
                byOtherFirst.add(array);
            }
        });
        for (char c = 128; c < Character.MAX_VALUE; c++) {
            char lower = Character.toLowerCase(c);
            if (lower < 128 ? byAsciiFirst[lower] != null : otherFirsts.indexOf(String.valueOf(lower)) >= 0) {
                othersOpeningAWord.set(c);
                othersToLowerCase.set(c, lower != c);
            }
        }
    }

    static WordedPattern of(int maxLength, List<String> words, String... forms) {
        return new WordedPattern(maxLength, words, Pattern.compile(String.join("|", forms),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS));
    }

    boolean findIn(String text) {
        return text.length() <= maxLength && holdsAWord(text) && pattern.matcher(text).find();
    }

    /** Whether the pattern matches at the text's start: a pattern of forms that open a line, not tried from every position. */
    boolean opens(String text) {
        return text.length() <= maxLength && holdsAWord(text) && pattern.matcher(text).lookingAt();
    }

    private boolean holdsAWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                if (!othersOpeningAWord.get(c)) {
                    continue;
                }
                if (othersToLowerCase.get(c)) {
                    c = Character.toLowerCase(c); // may land in ASCII: "İ" is an "i" to a case-blind match
                }
            }
            String[] words = c < 128 ? byAsciiFirst[c] : otherWordsStartingWith(c);
            if (words != null) {
                for (String word : words) {
                    if (opensWith(text, i, word)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether {@code word}, lower-cased, stands in the text at {@code at} in any case; its second letter compared first. */
    private static boolean opensWith(String text, int at, String word) {
        if (at + word.length() > text.length()) {
            return false;
        }
        if (word.length() > 1) {
            char second = text.charAt(at + 1);
            char wanted = word.charAt(1);
            if (second != wanted && second < 128 && wanted < 128 && (second | 0x20) != wanted) {
                return false; // ASCII letters differ in case by that one bit; anything else is left to regionMatches
            }
        }
        return text.regionMatches(true, at, word, 0, word.length());
    }

    private String[] otherWordsStartingWith(char first) {
        for (int i = 0; i < otherFirsts.length(); i++) {
            if (otherFirsts.charAt(i) == first) {
                return byOtherFirst.get(i);
            }
        }
        return null;
    }
}
