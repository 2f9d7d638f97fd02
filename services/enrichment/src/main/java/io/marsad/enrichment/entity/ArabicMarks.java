package io.marsad.enrichment.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * The short vowels, tanwin, shadda and sukun Arabic writes over its letters, mostly left out: where
 * a writer puts them in, they tell words apart that folding makes one (عمّان Amman, عُمان Oman).
 */
final class ArabicMarks {

    private ArabicMarks() {}

    static boolean isMark(char c) {
        return c >= '\u064B' && c <= '\u0652';
    }

    static boolean present(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isMark(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word carries tanwin (ميتاً "dead", أيضاً): the ending of an indefinite common noun
     * or adjective, which the names of news (foreign, or diptotes like most place names) never take.
     */
    static boolean tanwin(String written) {
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c >= '\u064B' && c <= '\u064D') {
                return true;
            }
        }
        return false;
    }

    /**
     * How far the marks of a written word agree with those of a spelling: +1 for each letter both
     * mark alike, -1 for each they mark differently, 0 where either leaves it bare. The spelling's
     * letters are looked for in the word's (after any proclitic); 0 when they are not there.
     */
    static int agreement(String written, String spelling) {
        List<Letter> word = letters(written);
        List<Letter> name = letters(spelling);
        for (int offset = 0; offset + name.size() <= word.size(); offset++) {
            if (sameLetters(word, name, offset)) {
                int score = 0;
                for (int i = 0; i < name.size(); i++) {
                    String a = word.get(offset + i).marks();
                    String b = name.get(i).marks();
                    if (!a.isEmpty() && !b.isEmpty()) {
                        score += a.equals(b) ? 1 : -1;
                    }
                }
                return score;
            }
        }
        return 0;
    }

    /** Whether the text has an alef with hamza or madda (أ إ آ). */
    static boolean alefWithHamza(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != bare(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the written word has an alef with hamza or madda inside it (not its first letter, nor the
     * first after the article) where none of the spellings that fit it has that letter: writers leave
     * hamzas out, they do not add them, so مآرب ("aims") is not مأرب (Marib) and فأس ("an axe") is not
     * فاس (Fez). False when no spelling fits the word's letters.
     */
    static boolean hamzaNoSpellingHas(String written, java.util.Collection<String> spellings) {
        List<Letter> word = letters(written);
        boolean fitted = false;
        for (String spelling : spellings) {
            List<Letter> name = letters(spelling);
            for (int offset = 0; offset + name.size() <= word.size(); offset++) {
                if (offset + name.size() == word.size() && sameLetters(word, name, offset)) {
                    fitted = true;
                    if (!hamzaAdded(word, name, offset)) {
                        return false;
                    }
                }
            }
        }
        return fitted;
    }

    private static boolean hamzaAdded(List<Letter> word, List<Letter> name, int offset) {
        int first = name.size() > 2 && name.get(0).base() == 'ا' && name.get(1).base() == 'ل' ? 3 : 1;
        for (int i = first; i < name.size(); i++) {
            char written = word.get(offset + i).base();
            if (written != bare(written) && written != name.get(i).base()) {
                return true;
            }
        }
        return false;
    }

    private record Letter(char base, String marks) {}

    private static boolean sameLetters(List<Letter> word, List<Letter> name, int offset) {
        for (int i = 0; i < name.size(); i++) {
            if (bare(word.get(offset + i).base()) != bare(name.get(i).base())) {
                return false;
            }
        }
        return true;
    }

    /** Alef with hamza or madda is alef: writers differ on them more than on the word. */
    private static char bare(char c) {
        return c == 'أ' || c == 'إ' || c == 'آ' ? 'ا' : c;
    }

    private static List<Letter> letters(String text) {
        List<Letter> letters = new ArrayList<>();
        StringBuilder marks = new StringBuilder();
        char base = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isMark(c)) {
                marks.append(c);
            } else if (Character.isLetter(c)) {
                if (base != 0) {
                    letters.add(new Letter(base, sorted(marks)));
                }
                base = c;
                marks.setLength(0);
            }
        }
        if (base != 0) {
            letters.add(new Letter(base, sorted(marks)));
        }
        return letters;
    }

    /** Shadda and a vowel may be written in either order. */
    private static String sorted(StringBuilder marks) {
        char[] chars = marks.toString().toCharArray();
        java.util.Arrays.sort(chars);
        return new String(chars);
    }
}
