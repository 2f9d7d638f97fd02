package io.marsad.enrichment.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The postal codes of the regions of the countries whose towns share names with the world's cities
 * (Kingston, ON; Paris, TX; London, ON; Perth, WA), which addresses and datelines write after a
 * town's name. A code can stand for regions of two countries (WA: Washington and Western Australia).
 */
final class RegionCodes {

    private static final Map<String, Set<String>> COUNTRIES_BY_CODE = new HashMap<>();

    static {
        add("country:US", "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC");
        add("country:CA", "AB BC MB NB NL NS NT NU ON PE QC SK YT");
        add("country:AU", "NSW VIC QLD WA SA TAS ACT");
    }

    /** ", XX" (a region's code) or " County" right after a name. */
    private static final Pattern AFTER = Pattern.compile("^(?:\\s*,\\s*([A-Z]{2,3})\\b(?![.'’]?\\w)|\\s+County\\b)");

    private RegionCodes() {}

    private static void add(String country, String codes) {
        for (String code : codes.split(" ")) {
            COUNTRIES_BY_CODE.computeIfAbsent(code, c -> new HashSet<>()).add(country);
        }
    }

    /** Whether the text right after a place's name (ending at {@code end}) says it is a namesake in another country's region, or a county. */
    static boolean namesAPlaceElsewhere(String text, int end, String countryOfThePlace) {
        Matcher m = AFTER.matcher(text).region(end, text.length());
        if (!m.lookingAt()) {
            return false;
        }
        if (m.group(1) == null) {
            return true;
        }
        Set<String> countries = COUNTRIES_BY_CODE.get(m.group(1));
        return countries != null && !countries.contains(countryOfThePlace);
    }
}
