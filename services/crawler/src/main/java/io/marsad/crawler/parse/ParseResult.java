package io.marsad.crawler.parse;

import java.util.List;

/**
 * What a listing (feed, sitemap, section page) yielded.
 *
 * @param links      article URLs, in the listing's order
 * @param sitemaps   further sitemaps to fetch (from a sitemap index)
 * @param problems   what was wrong with the listing, for the source's health; empty when it was clean
 */
public record ParseResult(List<DiscoveredLink> links, List<String> sitemaps, List<String> problems) {

    public static ParseResult of(List<DiscoveredLink> links, List<String> problems) {
        return new ParseResult(List.copyOf(links), List.of(), List.copyOf(problems));
    }
}
