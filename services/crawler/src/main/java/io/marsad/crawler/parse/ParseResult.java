package io.marsad.crawler.parse;

import java.util.List;

/**
 * What a listing (feed, sitemap, section page) yielded.
 *
 * @param links      article URLs, in the listing's order
 * @param sitemaps   further sitemaps to fetch (from a sitemap index)
 * @param problems   what was wrong with the listing, for the source's health; empty when it was clean
 * @param hub        the WebSub hub a feed announces, or null
 */
public record ParseResult(List<DiscoveredLink> links, List<String> sitemaps, List<String> problems, HubLink hub) {

    public ParseResult(List<DiscoveredLink> links, List<String> sitemaps, List<String> problems) {
        this(links, sitemaps, problems, null);
    }

    public static ParseResult of(List<DiscoveredLink> links, List<String> problems) {
        return new ParseResult(List.copyOf(links), List.of(), List.copyOf(problems));
    }

    /**
     * A feed's WebSub announcement (W3C WebSub 4): the hub that pushes its updates and the
     * feed's own canonical URL, the topic to subscribe to.
     */
    public record HubLink(String hub, String topic) {}
}
