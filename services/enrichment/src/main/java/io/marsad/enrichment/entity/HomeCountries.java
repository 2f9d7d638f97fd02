package io.marsad.enrichment.entity;

import java.util.HashMap;
import java.util.Map;

/**
 * The country an organisation belongs to, read from the nationality its description opens with
 * ("Turkish ruling party", "Lebanese Shia party", "Saudi oil company"). Parties and bodies of one name
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

    HomeCountries(KnowledgeBase knowledgeBase) {
        for (Entity entity : knowledgeBase.all()) {
            if (entity.type().equals("organization") && entity.description() != null && !entity.description().isBlank()) {
                String first = entity.description().strip().split("[\\s,]+", 2)[0];
                String country = NATIONALITIES.get(first);
                if (country != null && knowledgeBase.get("country:" + country) != null) {
                    byOrganisation.put(entity.id(), "country:" + country);
                }
            }
        }
    }

    /** The organisation's country, or null when its description names none. */
    String of(String organisationId) {
        return byOrganisation.get(organisationId);
    }
}
