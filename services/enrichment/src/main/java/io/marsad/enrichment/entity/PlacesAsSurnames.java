package io.marsad.enrichment.entity;

import io.marsad.text.MarsadAnalyzers.Token;

import java.util.List;

/**
 * Places whose names are also surnames: a place's one-word name right after a given name is a
 * person's (Jack London, Michael Jordan, Denzel Washington, Irving Berlin; Джек Лондон), unless that
 * word is a title or names something itself. The given names are {@link GivenNames}'s, so "Central
 * London", "Greater London" and "East Berlin" stay the place.
 */
final class PlacesAsSurnames {

    private PlacesAsSurnames() {
    }

    /** Whether the place's one-word name at {@code at} is a surname here. */
    static boolean partOfAPersonsName(String source, List<Token> tokens, int at, GivenNames givenNames, boolean previousIsANameFound) {
        Token name = tokens.get(at);
        if (previousIsANameFound || !Character.isUpperCase(source.charAt(name.start()))) {
            return false;
        }
        String before = GivenNames.capitalisedWordBefore(source, tokens, at);
        return before != null && givenNames.isAGivenName(before);
    }
}
