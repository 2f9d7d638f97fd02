package io.marsad.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words standing whole in an element's class and id, the way {@code (?:^|[\s_-])(?:alternatives)(?:$|[\s_-])} finds
 * them, and with the same answer: only the alternatives that open with a word's first letter are tried, and only where a
 * word starts. The regular expression tried a hundred alternatives at every word of every name on a page, and was a
 * twentieth of extraction's time.
 */
final class NameWords {

    private static final String WORD_END = "(?:$|[\\s_-])";

    /** The alternatives that open with a letter or digit, by it, as one pattern anchored at a word's start. */
    private final Pattern[] byFirst = new Pattern[128];
    /** The alternatives that open otherwise (a group, a class, an optional letter), tried at every word's start. */
    private final Pattern anyFirst;

    private NameWords(String alternatives, boolean ignoreCase) {
        int flags = ignoreCase ? Pattern.CASE_INSENSITIVE : 0;
        List<List<String>> grouped = new ArrayList<>(128);
        for (int i = 0; i < 128; i++) {
            grouped.add(new ArrayList<>());
        }
        List<String> others = new ArrayList<>();
        for (String alternative : topLevelAlternatives(alternatives)) {
            char first = alternative.charAt(0);
            boolean literalFirst = first < 128 && Character.isLetterOrDigit(first)
                && (alternative.length() == 1 || "?*{".indexOf(alternative.charAt(1)) < 0);
            if (!literalFirst) {
                others.add(alternative);
            } else if (ignoreCase) {
                grouped.get(Character.toLowerCase(first)).add(alternative);
                grouped.get(Character.toUpperCase(first)).add(alternative);
            } else {
                grouped.get(first).add(alternative);
            }
        }
        for (int c = 0; c < 128; c++) {
            if (!grouped.get(c).isEmpty()) {
                byFirst[c] = Pattern.compile("(?:" + String.join("|", grouped.get(c)) + ")" + WORD_END, flags);
            }
        }
        anyFirst = others.isEmpty() ? null : Pattern.compile("(?:" + String.join("|", others) + ")" + WORD_END, flags);
    }

    /** {@code alternatives}: a regular expression's alternatives, such as {@code "related\\w*|read-?more|tags?"}. */
    static NameWords of(String alternatives) {
        return new NameWords(alternatives, false);
    }

    static NameWords ignoringCase(String alternatives) {
        return new NameWords(alternatives, true);
    }

    /** Whether one of the words stands whole in {@code names}, parted by white space, "_" and "-". */
    boolean in(String names) {
        Matcher matcher = null;
        for (int i = 0; i < names.length(); i++) {
            if (i > 0 && !isSeparator(names.charAt(i - 1))) {
                continue;
            }
            char c = names.charAt(i);
            Pattern opening = c < 128 ? byFirst[c] : null;
            if (opening != null) {
                matcher = matcher == null ? opening.matcher(names) : matcher.usePattern(opening);
                if (matcher.region(i, names.length()).lookingAt()) {
                    return true;
                }
            }
            if (anyFirst != null) {
                matcher = matcher == null ? anyFirst.matcher(names) : matcher.usePattern(anyFirst);
                if (matcher.region(i, names.length()).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What {@code [\s_-]} matches, {@code \s} being ASCII white space. */
    private static boolean isSeparator(char c) {
        return c == ' ' || c == '_' || c == '-' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The alternatives at the top level, with those of a group that is a whole alternative ("(?:ads?|dfp)") taken out of it. */
    static List<String> topLevelAlternatives(String expression) {
        int[] depths = depths(expression);
        List<String> alternatives = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < expression.length(); i++) {
            if (expression.charAt(i) == '|' && depths[i] == 0) {
                alternatives.add(expression.substring(start, i));
                start = i + 1;
            }
        }
        alternatives.add(expression.substring(start));
        List<String> flat = new ArrayList<>();
        for (String alternative : alternatives) {
            if (alternative.isEmpty()) {
                throw new IllegalArgumentException("an empty alternative would match every word: " + expression);
            }
            if (isWholeGroup(alternative)) {
                flat.addAll(topLevelAlternatives(alternative.substring(3, alternative.length() - 1)));
            } else {
                flat.add(alternative);
            }
        }
        return flat;
    }

    /** "(?:…)" closed by its last character, with no quantifier after it. */
    private static boolean isWholeGroup(String alternative) {
        if (!alternative.startsWith("(?:") || !alternative.endsWith(")")) {
            return false;
        }
        int[] depths = depths(alternative);
        for (int i = 1; i < alternative.length(); i++) {
            if (depths[i] == 0) {
                return i == alternative.length() - 1; // where the first group closes
            }
        }
        return false;
    }

    /**
     * For each character of a regular expression, how many groups are open after it; -1 for a character that is escaped or
     * in a character class, which opens and closes nothing.
     */
    private static int[] depths(String expression) {
        int[] depths = new int[expression.length()];
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '\\' && i + 1 < expression.length()) {
                depths[i] = -1;
                depths[++i] = -1;
                continue;
            }
            if (inClass) {
                inClass = c != ']';
                depths[i] = -1;
                continue;
            }
            if (c == '[') {
                inClass = true;
                depths[i] = -1;
                continue;
            }
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            depths[i] = depth;
        }
        return depths;
    }
}
