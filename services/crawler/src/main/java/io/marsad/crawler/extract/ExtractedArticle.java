package io.marsad.crawler.extract;

import java.time.Instant;
import java.util.List;

/**
 * What the extractor makes of one news page.
 *
 * @param articleBody plain text, paragraphs in reading order separated by a blank line
 * @param language    the language the page declares (BCP 47 primary subtag, e.g. {@code ar}), or null
 * @param extraction  how the body was found, and how far to trust it
 * @param liveEntries a live blog's entries with their times, in the page's order (the body holds
 *                    them too); empty for other pages
 */
public record ExtractedArticle(
    String url,
    String canonicalUrl,
    String title,
    String articleBody,
    List<String> authors,
    Instant publishedAt,
    Instant modifiedAt,
    String siteName,
    String language,
    List<String> tags,
    String section,
    String leadImage,
    Extraction extraction,
    List<LiveEntry> liveEntries
) {

    public static final String PARAGRAPH_SEPARATOR = "\n\n";

    public List<String> paragraphs() {
        return articleBody == null || articleBody.isEmpty() ? List.of() : List.of(articleBody.split(PARAGRAPH_SEPARATOR));
    }
}
