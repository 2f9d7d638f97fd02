package io.marsad.enrichment.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Arabic adjectives of origin of each country, derived from its one-word names (ليبيا → الليبي,
 * الليبية; السعودية → السعودي; لبنان → اللبناني), as match keys. Right after the name of a place,
 * its own country's adjective says the word names the place: سرت الليبية is Sirte, whatever سرت
 * ("spread") means elsewhere.
 */
final class OriginAdjectives {

    private static final String ARTICLE = "ال";

    private final Map<String, Set<String>> byCountry = new HashMap<>();
    private final Set<String> all = new HashSet<>();
    /** The country each adjective names, where only one does. */
    private final Map<String, String> countryByAdjective = new HashMap<>();

    OriginAdjectives(KnowledgeBase knowledgeBase) {
        for (Entity entity : knowledgeBase.all()) {
            if (!entity.id().startsWith("country:")) {
                continue;
            }
            Set<String> adjectives = new HashSet<>();
            for (String spelling : entity.aliases().getOrDefault("ar", List.of())) {
                addAdjectives(adjectives, spelling.replace(EntityMatcher.COMMON_WORD_MARK, ""));
            }
            String name = entity.names().get("ar");
            if (name != null) {
                addAdjectives(adjectives, name.replace(EntityMatcher.COMMON_WORD_MARK, ""));
            }
            if (!adjectives.isEmpty()) {
                byCountry.put(entity.id(), Set.copyOf(adjectives));
                all.addAll(adjectives);
            }
        }
        Set<String> shared = new HashSet<>();
        byCountry.forEach((country, adjectives) -> adjectives.forEach(adjective -> {
            if (countryByAdjective.putIfAbsent(adjective, country) != null) {
                shared.add(adjective);
            }
        }));
        shared.forEach(countryByAdjective::remove);
    }

    /** Whether the word at {@code at} is an adjective of origin of any country (الأمريكي، السورية). */
    boolean anyAt(List<String> keys, int at) {
        return at < keys.size() && all.contains(keys.get(at));
    }

    /** The country whose adjective of origin the word at {@code at} is, if it is one country's; else null. */
    String countryAt(List<String> keys, int at) {
        return at < keys.size() ? countryByAdjective.get(keys.get(at)) : null;
    }

    /** Whether the word at {@code at} is an adjective of origin of {@code countryId} (false past the end, or for no country). */
    boolean follows(List<String> keys, int at, String countryId) {
        Set<String> adjectives = countryId == null ? null : byCountry.get(countryId);
        return adjectives != null && at < keys.size() && adjectives.contains(keys.get(at));
    }

    private static void addAdjectives(Set<String> adjectives, String name) {
        if (name.isBlank() || name.contains(" ") || !Character.UnicodeScript.of(name.codePointAt(0)).equals(Character.UnicodeScript.ARABIC)) {
            return;
        }
        String base = name.startsWith(ARTICLE) ? name.substring(ARTICLE.length()) : name;
        String stem;
        if (base.endsWith("يا") || base.endsWith("ية")) {
            stem = base.substring(0, base.length() - 2); // سوريا → سوري, السعودية → سعودي
        } else if (base.endsWith("ا")) {
            stem = base.substring(0, base.length() - 1); // فرنسا → فرنسي
        } else {
            stem = base; // مصر → مصري, لبنان → لبناني
        }
        if (stem.length() < 2) {
            return;
        }
        String adjective = stem + "ي";
        for (String form : List.of(ARTICLE + adjective, ARTICLE + adjective + "ة")) {
            adjectives.addAll(EntityMatcher.keys(form));
        }
    }
}
