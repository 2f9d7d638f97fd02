package io.marsad.bench;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LetterModelTest {

    private static final List<String> FRENCH = List.of("gouvernement", "ministre", "président", "élections", "parlement", "réunion",
        "Conseil", "sécurité", "annoncé", "déclaration", "négociations", "frontière", "l'armée", "2025");

    @Test
    void everyThreeLettersOfAMadeUpWordOccurInTheRealWords() {
        Set<String> seen = new HashSet<>();
        for (String word : FRENCH) {
            if (word.chars().allMatch(Character::isLetter)) {
                String padded = "^^" + word.toLowerCase(java.util.Locale.ROOT) + "$";
                for (int i = 3; i <= padded.length(); i++) {
                    seen.add(padded.substring(i - 3, i));
                }
            }
        }
        LetterModel model = new LetterModel(FRENCH);
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            String word = model.word(random);
            assertTrue(word.length() >= 2 && word.length() <= 16, word);
            String padded = "^^" + word + "$";
            for (int j = 3; j <= padded.length(); j++) {
                assertTrue(seen.contains(padded.substring(j - 3, j)), word + " has " + padded.substring(j - 3, j));
            }
            assertTrue(word.indexOf('\'') < 0 && word.chars().noneMatch(Character::isDigit), word);
        }
    }

    @Test
    void theSameSeedMakesTheSameWords() {
        assertEquals(words(new LetterModel(FRENCH), 11), words(new LetterModel(FRENCH), 11));
        assertTrue(new HashSet<>(words(new LetterModel(FRENCH), 11)).size() > 50, "words vary");
    }

    @Test
    void aModelNeedsWordsOfLetters() {
        assertThrows(IllegalArgumentException.class, () -> new LetterModel(List.of("2025", "a", "l'armée")));
    }

    private static List<String> words(LetterModel model, long seed) {
        Random random = new Random(seed);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            words.add(model.word(random));
        }
        return words;
    }
}
