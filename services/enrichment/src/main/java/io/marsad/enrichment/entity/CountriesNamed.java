package io.marsad.enrichment.entity;

import io.marsad.enrichment.entity.EntityMatcher.Alias;
import io.marsad.enrichment.entity.EntityMatcher.Found;
import io.marsad.text.MarsadAnalyzers.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which of the entities sharing a spelling a text means, by the countries it names: طرابلس is Libya's
 * capital and Lebanon's Tripoli, عمان is Oman and (without vowels) Amman in Jordan. The tables give
 * the spelling to one of them; the other is chosen where the text names its country and does not name
 * the first one's any other way — unless the name stands in a list of countries (السعودية وعمان).
 */
final class CountriesNamed {

    /** Words that join names in a list: Urdu, Arabic (written apart), English, French, Russian, Spanish, German. */
    private static final Set<String> CONJUNCTIONS = Set.of("اور", "و", "and", "et", "и", "y", "und");

    private final Map<List<String>, Map<String, Alias>> sharedSpellings;
    private final Map<String, String> countryOf;
    private final HomeCountries homeCountries;

    /** {@code sharedSpellings}: the spellings several entities share, by key; {@code countryOf}: the country of each place. */
    CountriesNamed(Map<List<String>, Map<String, Alias>> sharedSpellings, Map<String, String> countryOf, HomeCountries homeCountries) {
        this.sharedSpellings = sharedSpellings;
        this.countryOf = countryOf;
        this.homeCountries = homeCountries;
    }

    /**
     * The countries a text names other than by a spelling it shares with a place: by a name of their
     * own, by one of their places, or by one of their people (a "King of Jordan", also where a place
     * is named after him: {@code namedAfter}).
     */
    Set<String> otherwise(List<Found> found, List<Found> namedAfter) {
        Set<String> countries = new HashSet<>();
        for (Found f : Stream.concat(found.stream(), namedAfter.stream()).toList()) {
            String id = f.match().alias().entityId();
            if (sharedSpellings.containsKey(f.match().alias().keys())) {
                continue;
            }
            if (id.startsWith("country:")) {
                countries.add(id);
            }
            String country = countryOf.containsKey(id) ? countryOf.get(id) : homeCountries.ofPerson(id);
            if (country != null) {
                countries.add(country);
            }
        }
        return countries;
    }

    /**
     * The entity the text means by {@code alias}: another one sharing its spelling where the text names
     * that one's country and names the alias's own no other way (اشتباكات في طرابلس … شمال لبنان; ملعب
     * الملك عبد الله الثاني في عمان); else the alias.
     */
    Alias choose(Alias alias, Found f, List<Found> found, Set<String> countriesNamedOtherwise, String source, List<Token> tokens) {
        Map<String, Alias> sharing = sharedSpellings.get(alias.keys());
        String own = countryOfPlace(alias.entityId(), countryOf);
        if (sharing == null || own == null || countriesNamedOtherwise.contains(own)
            || alias.entityId().startsWith("country:") && inAListOfCountries(f, found, source, tokens)) {
            return alias;
        }
        for (Map.Entry<String, Alias> other : sharing.entrySet()) {
            String country = countryOf.get(other.getKey());
            if (country != null && !country.equals(own) && countriesNamedOtherwise.contains(country)) {
                return other.getValue();
            }
        }
        return alias;
    }

    /** A country itself, or the country a place is in; null for anything else. */
    static String countryOfPlace(String entityId, Map<String, String> countryOf) {
        return entityId.startsWith("country:") ? entityId : countryOf.get(entityId);
    }

    /**
     * Whether a country's name stands right before or after this one, joined by a comma, by و written
     * on the word, or by a conjunction between (السعودية وعمان، الكويت; عراق اور شام; Mali and Niger).
     */
    static boolean inAListOfCountries(Found f, List<Found> found, String source, List<Token> tokens) {
        int end = f.at() + f.match().length();
        for (Found other : found) {
            if (other == f || !other.match().alias().entityId().startsWith("country:")) {
                continue;
            }
            int otherEnd = other.at() + other.match().length();
            if (otherEnd == f.at() && joined(source, tokens, otherEnd - 1, f.at())
                || other.at() == end && joined(source, tokens, end - 1, other.at())
                || otherEnd + 1 == f.at() && isConjunction(source, tokens.get(otherEnd))
                || other.at() == end + 1 && isConjunction(source, tokens.get(end))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word at {@code second} follows the one at {@code first} after a comma or with the conjunction و. */
    private static boolean joined(String source, List<Token> tokens, int first, int second) {
        String between = source.substring(tokens.get(first).end(), tokens.get(second).start());
        return between.contains(",") || between.contains("،") || source.charAt(tokens.get(second).start()) == 'و';
    }

    private static boolean isConjunction(String source, Token token) {
        return CONJUNCTIONS.contains(source.substring(token.start(), token.end()));
    }
}
