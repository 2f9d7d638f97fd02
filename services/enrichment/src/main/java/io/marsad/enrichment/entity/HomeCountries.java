package io.marsad.enrichment.entity;

import java.util.HashMap;
import java.util.Map;

/**
 * The country an organisation belongs to, read from the nationality its description opens with
 * ("Turkish ruling party", "Lebanese Shia party", "Saudi oil company"), and a person's ("King of
 * Jordan", "Russian Foreign Minister"). Parties and bodies of one name
 * exist in several countries (حزب العدالة والتنمية is Turkey's AKP and Morocco's PJD): followed by
 * another country's adjective, the name is that country's namesake.
 */
final class HomeCountries {

    /** Nationalities as descriptions write them, and their countries' ids. */
    private static final Map<String, String> NATIONALITIES = Map.ofEntries(
        Map.entry("US", "US"), Map.entry("American", "US"), Map.entry("Russian", "RU"), Map.entry("Saudi", "SA"), Map.entry("Iraqi", "IQ"),
        Map.entry("Palestinian", "PS"), Map.entry("Qatari", "QA"), Map.entry("Israeli", "IL"), Map.entry("French", "FR"), Map.entry("Chinese", "CN"),
        Map.entry("Turkish", "TR"), Map.entry("Syrian", "SY"), Map.entry("Pakistani", "PK"), Map.entry("Lebanese", "LB"), Map.entry("Iranian", "IR"),
        Map.entry("Egyptian", "EG"), Map.entry("Emirati", "AE"), Map.entry("Dubai", "AE"), Map.entry("Jordanian", "JO"), Map.entry("Kuwaiti", "KW"),
        Map.entry("Bahraini", "BH"), Map.entry("Omani", "OM"), Map.entry("Yemeni", "YE"), Map.entry("Libyan", "LY"), Map.entry("Tunisian", "TN"),
        Map.entry("Algerian", "DZ"), Map.entry("Moroccan", "MA"), Map.entry("Sudanese", "SD"), Map.entry("British", "GB"), Map.entry("German", "DE"),
        Map.entry("Italian", "IT"), Map.entry("Spanish", "ES"), Map.entry("Japanese", "JP"), Map.entry("Indian", "IN"), Map.entry("Ukrainian", "UA"),
        Map.entry("Afghan", "AF"), Map.entry("Somali", "SO"), Map.entry("Ethiopian", "ET"), Map.entry("Nigerian", "NG"), Map.entry("Brazilian", "BR"),
        Map.entry("Canadian", "CA"), Map.entry("Australian", "AU"), Map.entry("Dutch", "NL"), Map.entry("Swiss", "CH"), Map.entry("Swedish", "SE"),
        Map.entry("Norwegian", "NO"), Map.entry("Danish", "DK"), Map.entry("Belgian", "BE"), Map.entry("Polish", "PL"), Map.entry("Greek", "GR"),
        Map.entry("Hungarian", "HU"), Map.entry("Indonesian", "ID"), Map.entry("Malaysian", "MY"), Map.entry("Korean", "KR"),
        Map.entry("Taiwanese", "TW"), Map.entry("Azerbaijani", "AZ"), Map.entry("Armenian", "AM"), Map.entry("Belarusian", "BY"));

    private final Map<String, String> byOrganisation = new HashMap<>();
    private final Map<String, String> byPerson = new HashMap<>();

    /** {@code countriesByName}: the countries' ids by each of their display names, for "King of Jordan". */
    HomeCountries(KnowledgeBase knowledgeBase, Map<String, String> countriesByName) {
        for (Entity entity : knowledgeBase.all()) {
            if (entity.description() == null || entity.description().isBlank()) {
                continue;
            }
            String first = entity.description().strip().split("[\\s,]+", 2)[0];
            String country = NATIONALITIES.get(first) == null ? null : "country:" + NATIONALITIES.get(first);
            if (entity.type().equals("organization") && country != null && knowledgeBase.get(country) != null) {
                byOrganisation.put(entity.id(), country);
            } else if (entity.type().equals("person")) {
                java.util.regex.Matcher of = EntityMatcher.PLACE_IN.matcher(entity.description());
                String named = of.find() ? countriesByName.get(of.group(1)) : null; // "King of Jordan", "President of Russia"
                String home = named != null ? named : country; // "Russian Foreign Minister"
                if (home != null && knowledgeBase.get(home) != null) {
                    byPerson.put(entity.id(), home);
                }
            }
        }
    }

    /** Whether a word is a nationality ("Palestinian", "Chinese") as descriptions write them. */
    static boolean isNationality(String word) {
        return NATIONALITIES.containsKey(word);
    }

    /** The organisation's country, or null when its description names none. */
    String of(String organisationId) {
        return byOrganisation.get(organisationId);
    }

    /** The country a person's description says they serve or come from, or null. */
    String ofPerson(String personId) {
        return byPerson.get(personId);
    }
}
