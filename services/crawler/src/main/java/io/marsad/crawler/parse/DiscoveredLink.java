package io.marsad.crawler.parse;

import java.time.Instant;

/**
 * A URL found on a feed, sitemap or section page, with what the listing said about it.
 *
 * @param publishedAt when the listing says it was published, or null
 * @param title       the listing's title for it, or null
 */
public record DiscoveredLink(String url, String title, Instant publishedAt) {}
