package io.marsad.enrichment.entity;

import io.marsad.text.MarsadAnalyzers.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Places whose names are also given names, and the names of teams, papers, companies and treaties
 * (Paris Hilton, Sydney Sweeney, India Walton, Jordan Peterson; Paris Saint-Germain, Dallas Cowboys,
 * India Today, Kenya Airways, the Paris Agreement). Such a place's name right before another
 * capitalised word is not the place, unless that word is one places take (Austin City Council, Paris
 * Metro), a title ("Jordan King Abdullah"), or another name found; a headline whose every longer word
 * has a capital says nothing. Other places keep their name before a capital ("Gaza City", "Beirut
 * Port"): the list holds the place names that news uses as given names.
 */
final class PlacesAsGivenNames {

    /** Place names that are also given names, in English spelling. */
    private static final Set<String> NAMES = Set.of(
        "paris", "sydney", "austin", "india", "kenya", "jordan", "victoria", "charlotte", "savannah", "madison", "brooklyn",
        "dallas", "houston", "virginia", "carolina", "phoenix", "orlando", "santiago", "adelaide", "regina", "chelsea", "dakota",
        "montana", "tennessee", "alexandria", "lorraine", "florence", "georgia", "chad", "israel", "denver", "lincoln");
    /** Words a place's own name takes after it, with a capital. */
    private static final Set<String> PLACE_WORDS = Set.of(
        "city", "county", "state", "province", "region", "district", "valley", "river", "falls", "bay", "island", "islands", "strait",
        "sea", "lake", "mountains", "basin", "desert", "peninsula", "gulf", "coast", "port", "harbour", "harbor", "airport", "metro",
        "council", "mayor", "police", "university", "governorate", "oblast", "area", "metropolitan", "downtown", "suburbs");

    private PlacesAsGivenNames() {
    }

    /** Whether the place's one-word name at {@code at} is part of a person's or a body's name here. */
    static boolean partOfAnotherName(String source, List<Token> tokens, int at, boolean nextIsANameFound) {
        Token name = tokens.get(at);
        String written = source.substring(name.start(), name.end());
        if (!NAMES.contains(written.toLowerCase(Locale.ROOT)) || !Character.isUpperCase(written.charAt(0)) || at + 1 >= tokens.size()
            || nextIsANameFound) {
            return false;
        }
        Token next = tokens.get(at + 1);
        String between = source.substring(name.end(), next.start());
        String word = source.substring(next.start(), next.end());
        String key = word.toLowerCase(Locale.ROOT);
        boolean hyphenatedName = source.startsWith("-", next.end()); // Paris Saint-Germain: "Saint" is no title there
        return between.equals(" ") && Character.isUpperCase(word.charAt(0)) && !PLACE_WORDS.contains(key)
            && (hyphenatedName || !GivenNames.TITLES.contains(key)) && !GivenNames.inAHeadline(source, name.start());
    }
}
