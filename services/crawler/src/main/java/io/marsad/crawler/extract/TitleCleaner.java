package io.marsad.crawler.extract;

import java.util.ArrayList;
import java.util.List;
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
        return longest(parts).trim();
    }

    /**
     * A headline from any source (JSON-LD, {@code og:title}) without a site name at either end:
     * sites write "Headline - Site" or "Site - Headline" there too (youm7.com, elbaladtv.net,
     * almadenahnews.com). Only names the page gives elsewhere are stripped, never a guess.
     *
     * @param siteNames the site's names ({@code og:site_name}, the publisher's name…), nulls allowed
     * @param pageTitle the page's {@code <title>}: its end part that is not the headline is a name too,
     *                  when the headline differs from it (a title without a site name has no such part)
     */
    static String withoutKnownSiteName(String headline, List<String> siteNames, String pageTitle) {
        if (headline == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        siteNames.stream().filter(n -> n != null && !n.isBlank()).forEach(n -> names.add(n.trim()));
        if (pageTitle != null && !pageTitle.trim().equalsIgnoreCase(headline.trim())) {
            String[] parts = SEPARATOR.split(pageTitle.trim());
            if (parts.length >= 2) {
                String longest = longest(parts);
                names.add((parts[parts.length - 1] != longest ? parts[parts.length - 1] : parts[0]).trim());
            }
        }
        String[] parts = SEPARATOR.split(headline.trim());
        if (parts.length < 2) {
            return headline.trim();
        }
        for (String name : names) {
            if (parts[parts.length - 1].trim().equalsIgnoreCase(name)) {
                return headline.trim().substring(0, headline.trim().lastIndexOf(parts[parts.length - 1])).replaceFirst(SEPARATOR.pattern() + "$", "").trim();
            }
            if (parts[0].trim().equalsIgnoreCase(name)) {
                return headline.trim().substring(parts[0].length()).replaceFirst("^" + SEPARATOR.pattern(), "").trim();
            }
        }
        return headline.trim();
    }

    private static String longest(String[] parts) {
        String longest = parts[0];
        for (String part : parts) {
            if (part.length() > longest.length()) {
                longest = part;
            }
        }
        return longest;
    }
}
