package io.marsad.crawler.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A multilingual pattern tried on many short blocks of a page, run only on a text short enough and
 * holding one of the words every form of it holds (or, for a pattern in groups, the forms of the groups whose words it
 * holds): the pattern itself, scanned from every position,
 * cost a tenth of extraction's time when tried on every small box. The words are looked for in one pass over the text,
 * by their first letter: looking for each in turn, as a dozen patterns do on every block, cost a few per cent more.
 */
final class WordedPattern {

    /**
     * Forms gated by words of their own: a pattern of many forms, some opened by common words ("support", "account"), was
     * tried whole wherever any of its words stood, and a fifth of the time went there. Each of a group's forms holds one
     * of its words.
     */
    record Group(List<String> words, Pattern pattern) {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private final int maxLength;
    private final Pattern[] patterns;
    private final long allGroups;
    /**
     * The words by their first letter, lower-cased; ASCII letters index an array, in both cases (so that most of a text's
     * letters need no {@link Character#toLowerCase}, which cost more than the lookup), the other scripts' few are listed.
     */
    private final Word[][] byAsciiFirst = new Word[128][];
    /** The other first letters, in a string searched without boxing a character for every letter of Arabic text. */
    private final StringBuilder otherFirsts = new StringBuilder();
    private final List<Word[]> byOtherFirst = new ArrayList<>();
    /**
     * The characters from 128 up that open a word in some case: the others, most letters of a text in Arabic, Cyrillic or
     * Chinese, are passed over without {@link Character#toLowerCase}, which cost more than the search itself.
     */
    private final BitSet othersOpeningAWord = new BitSet(Character.MAX_VALUE + 1);
    /** Those of them that are not lower case already: Arabic's letters, which have no case, are looked up as they are. */
    private final BitSet othersToLowerCase = new BitSet(Character.MAX_VALUE + 1);

    /** A word, lower-cased, and the groups (a bit each) whose forms it opens the way to. */
    private record Word(String lower, long groups) {}

    private WordedPattern(int maxLength, List<Group> groups) {
        if (groups.isEmpty() || groups.size() > Long.SIZE) {
            throw new IllegalArgumentException("between 1 and 64 groups of forms, not " + groups.size());
        }
        this.maxLength = maxLength;
        this.patterns = new Pattern[groups.size()];
        this.allGroups = groups.size() == Long.SIZE ? -1L : (1L << groups.size()) - 1;
        Map<String, Long> groupsOfWord = new LinkedHashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            patterns[g] = groups.get(g).pattern();
            long bit = 1L << g;
            for (String word : groups.get(g).words()) {
                groupsOfWord.merge(word.toLowerCase(Locale.ROOT), bit, (a, b) -> a | b);
            }
        }
        Map<Character, List<Word>> grouped = new HashMap<>();
        groupsOfWord.forEach((lower, bits) ->
            grouped.computeIfAbsent(lower.charAt(0), first -> new ArrayList<>()).add(new Word(lower, bits)));
        grouped.forEach((first, group) -> {
            Word[] array = group.toArray(Word[]::new);
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

    /** Forms tried only where one of {@code words}, which every form holds, stands in the text. */
    static WordedPattern of(int maxLength, List<String> words, String... forms) {
        return of(maxLength, words, compiled(forms));
    }

    /** A pattern tried only where one of {@code words}, which its every match holds, stands in the text. */
    static WordedPattern of(int maxLength, List<String> words, Pattern pattern) {
        return new WordedPattern(maxLength, List.of(new Group(words, pattern)));
    }

    /** Groups of forms, each tried only where one of its own words stands in the text. */
    static WordedPattern ofGroups(int maxLength, Group... groups) {
        return new WordedPattern(maxLength, List.of(groups));
    }

    static Group group(List<String> words, String... forms) {
        return new Group(words, compiled(forms));
    }

    private static Pattern compiled(String... forms) {
        return Pattern.compile(String.join("|", forms), FLAGS);
    }

    boolean findIn(String text) {
        return matches(text, false);
    }

    /** Whether the pattern matches at the text's start: a pattern of forms that open a line, not tried from every position. */
    boolean opens(String text) {
        return matches(text, true);
    }

    private boolean matches(String text, boolean atStart) {
        if (text.length() > maxLength) {
            return false;
        }
        long held = groupsHeld(text);
        for (int g = 0; held != 0; g++, held >>>= 1) {
            if ((held & 1) != 0) {
                Matcher matcher = patterns[g].matcher(text);
                if (atStart ? matcher.lookingAt() : matcher.find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The groups (a bit each) one of whose words stands in the text; the text read no further once all are found. */
    private long groupsHeld(String text) {
        long held = 0;
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
            Word[] words = c < 128 ? byAsciiFirst[c] : otherWordsStartingWith(c);
            if (words != null) {
                for (Word word : words) {
                    if ((held | word.groups()) != held && opensWith(text, i, word.lower())) {
                        held |= word.groups();
                        if (held == allGroups) {
                            return held;
                        }
                    }
                }
            }
        }
        return held;
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

    private Word[] otherWordsStartingWith(char first) {
        for (int i = 0; i < otherFirsts.length(); i++) {
            if (otherFirsts.charAt(i) == first) {
                return byOtherFirst.get(i);
            }
        }
        return null;
    }
}
