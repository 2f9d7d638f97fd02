package io.marsad.crawler.extract;

import java.time.Instant;
import java.util.List;

/** What a page says about itself in markup meant for machines (JSON-LD, Open Graph, meta tags, links). */
record PageMetadata(
    String canonicalUrl,
    String title,
    List<String> authors,
    Instant publishedAt,
    Instant modifiedAt,
    String siteName,
    String language,
    List<String> tags,
    String section,
    String leadImage,
    String structuredBody,
    /** What the page says the article is about (JSON-LD, Open Graph, meta), most trusted first: often its standfirst. */
    List<String> descriptions,
    /** A live blog's entries from its JSON-LD, in the page's order; empty for other pages. */
    List<LiveEntry> liveEntries
) {}
