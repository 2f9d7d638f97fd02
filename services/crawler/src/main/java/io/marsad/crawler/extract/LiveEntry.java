package io.marsad.crawler.extract;

import java.time.Instant;

/**
 * One entry of a live blog, as the page lists it.
 *
 * @param publishedAt when the entry was posted, or null when the page does not say
 * @param headline    the entry's own headline, or null
 * @param text        plain text, paragraphs separated by a blank line
 */
public record LiveEntry(Instant publishedAt, String headline, String text) {}
