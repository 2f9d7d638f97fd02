package io.marsad.crawler.extract;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells a site's own name from a person's: many pages give the publisher as the author
 * ("Sputnik", "akhbarelyom", "خبرگزاری باشگاه خبرنگاران | … | YJC"), which is no byline.
 */
final class SiteNames {

    /** Shorter names ("AP", "BBC") are compared whole only: inside another name they are letters, not a site. */
    private static final int MIN_PART = 4;

    private SiteNames() {}

    /**
     * Whether the author is the site: one of its names, held in one ("Sputnik" in "Sputnik Arabic"),
     * one with at most a word beside it (a place), the page's host ("LAOLA1.at") or a label of it ("akhbarelyom" on
     * m.akhbarelyom.com). A person's name beside the site's ("Troy L. Smith, Cleveland.com") stays.
     */
    static boolean isSite(String author, List<String> siteNames, String url) {
        String candidate = author.trim().toLowerCase(Locale.ROOT);
        for (String name : siteNames) {
            String site = name.toLowerCase(Locale.ROOT);
            if (candidate.equals(site) || candidate.length() >= MIN_PART && site.contains(candidate)
                || site.length() >= MIN_PART && candidate.contains(site) && words(candidate.replace(site, " ")) <= 1) {
                return true; // the site, part of its name, or its name with a place ("(أبوظبي - البيان)"), not "Troy L. Smith, Cleveland.com"
            }
        }
        if (candidate.length() < MIN_PART) {
            return false;
        }
        // the host without "www." ("laola1.at"), or a label of it ("akhbarelyom")
        return host(url).map(host -> host.replaceFirst("^www\\.", ""))
            .filter(host -> host.equals(candidate) || List.of(host.split("\\.")).contains(candidate)).isPresent();
    }

    private static int words(String text) {
        int words = 0;
        for (String token : text.split("[^\\p{L}\\p{N}]+")) {
            words += token.isEmpty() ? 0 : 1;
        }
        return words;
    }

    /** The host of a page's URL, lower-cased, if it has one. */
    static Optional<String> host(String url) {
        try {
            String host = url == null ? null : URI.create(url.trim()).getHost();
            return Optional.ofNullable(host).map(h -> h.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a canonical URL with spaces or Arabic unescaped: no host to compare
        }
    }

    /** A host without "www." or "m.": the same site's pages, its mobile ones included. */
    static String site(String host) {
        return host.startsWith("www.") ? host.substring(4) : host.startsWith("m.") ? host.substring(2) : host;
    }
}
