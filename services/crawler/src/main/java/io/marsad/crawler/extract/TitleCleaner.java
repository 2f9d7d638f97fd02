package io.marsad.crawler.extract;

import java.util.List;
import java.util.Optional;
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
     */
    static String withoutSiteNames(String headline, List<String> siteNames) {
        if (headline == null) {
            return null;
        }
        String[] parts = SEPARATOR.split(headline.trim());
        if (parts.length < 2) {
            return headline.trim();
        }
        for (String name : siteNames) {
            if (parts[parts.length - 1].trim().equalsIgnoreCase(name)) {
                return headline.trim().substring(0, headline.trim().lastIndexOf(parts[parts.length - 1])).replaceFirst(SEPARATOR.pattern() + "$", "").trim();
            }
            if (parts[0].trim().equalsIgnoreCase(name)) {
                return headline.trim().substring(parts[0].length()).replaceFirst("^" + SEPARATOR.pattern(), "").trim();
            }
        }
        return headline.trim();
    }

    /**
     * The end of the page's {@code <title>} that is not the headline ("Headline - Site"), when the
     * headline chosen differs from the {@code <title>}: a title without a site name has no such part.
     */
    static Optional<String> siteNameIn(String pageTitle, String headline) {
        if (pageTitle == null || headline == null || pageTitle.trim().equalsIgnoreCase(headline.trim())) {
            return Optional.empty();
        }
        String[] parts = SEPARATOR.split(pageTitle.trim());
        if (parts.length < 2) {
            return Optional.empty();
        }
        String longest = longest(parts);
        return Optional.of((parts[parts.length - 1] != longest ? parts[parts.length - 1] : parts[0]).trim());
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
