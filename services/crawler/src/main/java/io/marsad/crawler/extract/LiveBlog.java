package io.marsad.crawler.extract;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A live blog's entries, from the {@code liveBlogUpdate} list of its schema.org
 * {@code LiveBlogPosting}: most news sites ship every entry there with its time, while the
 * markup often shows only the latest ones and loads the rest on scroll.
 */
final class LiveBlog {

    /** Characters of an entry's opening that must be in the body for the entry to count as there. */
    private static final int OPENING = 40;

    private LiveBlog() {}

    /** The entries in the page's order (usually newest first); empty for a page that is not a live blog. */
    static List<LiveEntry> entries(Optional<JsonNode> article) {
        List<LiveEntry> entries = new ArrayList<>();
        JsonNode updates = article.map(a -> a.get("liveBlogUpdate")).orElse(null);
        if (updates == null || updates.isNull()) {
            return entries;
        }
        for (JsonNode update : updates.isArray() ? updates : List.of(updates)) {
            if (!update.isObject()) {
                continue;
            }
            List<String> paragraphs = StructuredBody.paragraphs(JsonLd.text(update, "articleBody"));
            String headline = JsonLd.text(update, "headline");
            if (paragraphs.isEmpty() && (headline == null || headline.isBlank())) {
                continue;
            }
            entries.add(new LiveEntry(
                Dates.parse(JsonLd.text(update, "datePublished")).orElse(null),
                headline == null || headline.isBlank() ? null : BodyText.clean(headline),
                String.join(ExtractedArticle.PARAGRAPH_SEPARATOR, paragraphs)));
        }
        return entries;
    }

    /** Whether the body already holds every entry (the opening words of each). */
    static boolean holdsAll(List<String> body, List<LiveEntry> entries) {
        String text = comparable(String.join(" ", body));
        return entries.stream().allMatch(entry -> entry.text().isEmpty() || text.contains(opening(entry)));
    }

    /**
     * The body rebuilt around the entries: what the markup shows before the first entry (the
     * blog's summary, its key points), then every entry with its headline, in the page's order.
     */
    static List<String> body(List<String> markup, List<LiveEntry> entries) {
        List<String> out = new ArrayList<>();
        List<String> openings = entries.stream().filter(e -> !e.text().isEmpty()).map(LiveBlog::opening).toList();
        for (String paragraph : markup) {
            String comparable = comparable(paragraph);
            if (openings.stream().anyMatch(o -> comparable.contains(o) || o.startsWith(comparable))) {
                break;
            }
            out.add(paragraph);
        }
        for (LiveEntry entry : entries) {
            if (entry.headline() != null && !entry.text().startsWith(entry.headline())) {
                out.add(entry.headline());
            }
            if (!entry.text().isEmpty()) {
                out.addAll(List.of(entry.text().split(ExtractedArticle.PARAGRAPH_SEPARATOR)));
            }
        }
        return out;
    }

    private static String opening(LiveEntry entry) {
        String text = comparable(entry.text());
        return text.substring(0, Math.min(OPENING, text.length()));
    }

    private static String comparable(String text) {
        return BodyText.clean(text).toLowerCase(Locale.ROOT);
    }
}
