package io.marsad.crawler.extract;

import java.util.regex.Pattern;

/** Strips the site name that {@code <title>} usually carries ("Headline | Site", "Site - Headline"). */
final class TitleCleaner {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:»·]\\s+");

    private TitleCleaner() {}

    static String withoutSiteName(String title, String siteName) {
        if (title == null) {
            return null;
        }
        String[] parts = SEPARATOR.split(title.trim());
        if (parts.length < 2) {
            return title.trim();
        }
        if (siteName != null) {
            if (parts[parts.length - 1].trim().equalsIgnoreCase(siteName.trim())) {
                return title.substring(0, title.lastIndexOf(parts[parts.length - 1])).replaceFirst(SEPARATOR.pattern() + "$", "").trim();
            }
            if (parts[0].trim().equalsIgnoreCase(siteName.trim())) {
                return title.substring(parts[0].length()).replaceFirst("^" + SEPARATOR.pattern(), "").trim();
            }
        }
        // Without a known site name, the longest part is the headline.
        String longest = parts[0];
        for (String part : parts) {
            if (part.length() > longest.length()) {
                longest = part;
            }
        }
        return longest.trim();
    }
}
