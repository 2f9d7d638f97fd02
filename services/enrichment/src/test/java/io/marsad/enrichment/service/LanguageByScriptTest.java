package io.marsad.enrichment.service;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A script only one candidate language writes decides alone; a script several write goes to Lingua. */
class LanguageByScriptTest {

    private static final String UKRAINIAN = "У понеділок у місті відкрилася нова станція метро, будівництво якої тривало майже п'ять років";
    private static final String RUSSIAN_WITH_NAMES = "Компания Al Rajhi Bank объявила в понедельник о покупке доли в Rheinmetall за два миллиарда";

    @Test
    void theOneCyrillicCandidateNeedsNoDetector() {
        LanguageIdentifier identifier = new LanguageIdentifier(() -> List.of("ar", "en", "ru"));
        assertEquals(Optional.of("ru"), identifier.identify(null, RUSSIAN_WITH_NAMES, "en"));
        // Ukrainian is not a candidate: Russian is the only language of its script on offer, as Lingua itself answers
        assertEquals(Optional.of("ru"), identifier.identify(null, UKRAINIAN, null));
    }

    @Test
    void twoCyrillicCandidatesAreToldApartByTheDetector() {
        LanguageIdentifier identifier = new LanguageIdentifier(() -> List.of("en", "ru", "uk"));
        assertEquals(Optional.of("uk"), identifier.identify(null, UKRAINIAN, "ru"));
        assertEquals(Optional.of("ru"), identifier.identify(null, RUSSIAN_WITH_NAMES, "uk"));
    }

    @Test
    void aMixOfScriptsGoesToTheDetector() {
        // half Latin, half Cyrillic letters: no script holds the share that decides alone, and Lingua weighs the words
        LanguageIdentifier identifier = new LanguageIdentifier(() -> List.of("en", "ru"));
        String mixed = "The minister said in Moscow on Monday: «Мы готовы к переговорам» and left the room";
        assertEquals(Optional.of("en"), identifier.identify(null, mixed, null));
    }
}
