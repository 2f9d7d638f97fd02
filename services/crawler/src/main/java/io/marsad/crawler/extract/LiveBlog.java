package io.marsad.crawler.extract;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A live blog's entries with their times. First from the {@code liveBlogUpdate} list of its
 * schema.org {@code LiveBlogPosting}: most news sites ship every entry there, while the markup often
 * shows only the latest ones and loads the rest on scroll. Failing that, from the markup: three or
 * more blocks side by side, each holding one {@code <time datetime>}, on a page that says it is live
 * (its JSON-LD type, or "live" in the class or id of the blocks or what holds them).
 */
final class LiveBlog {

    /** Characters of an entry's opening that must be in the body for the entry to count as there. */
    private static final int OPENING = 40;

    private static final int MIN_ENTRIES = 3;
    private static final Pattern LIVE_NAME = Pattern.compile("(?i)(?:^|[\\s_-])live(?:[\\s_-]|blog|post|update|feed|ticker|$)");

    private static final Evaluator ENTRY_HEADINGS = QueryParser.parse("h2, h3, h4");

    private LiveBlog() {}

    /** The entries in the page's order (usually newest first); empty for a page that is not a live blog. */
    static List<LiveEntry> entries(Document document, Optional<JsonNode> article) {
        List<LiveEntry> entries = fromStructuredData(article);
        return entries.isEmpty() ? fromMarkup(document.body(), article.map(LiveBlog::isLiveBlogPosting).orElse(false)) : entries;
    }

    private static List<LiveEntry> fromStructuredData(Optional<JsonNode> article) {
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
                headline == null || headline.isBlank() ? null : PlainText.clean(headline),
                String.join(ExtractedArticle.PARAGRAPH_SEPARATOR, paragraphs)));
        }
        return entries;
    }

    private static boolean isLiveBlogPosting(JsonNode article) {
        return JsonLd.texts(article.get("@type")).stream().anyMatch(type -> type.toLowerCase(Locale.ROOT).endsWith("liveblogposting"));
    }

    private static List<LiveEntry> fromMarkup(Element body, boolean declaredLive) {
        if (body == null) {
            return List.of();
        }
        Elements times = Selectors.select(body, Selectors.DATED_TIMES);
        if (times.size() < MIN_ENTRIES) {
            return List.of();
        }
        Map<Element, Integer> timesHeld = new IdentityHashMap<>();
        for (Element time : times) {
            for (Element ancestor = time.parent(); ancestor != null; ancestor = ancestor.parent()) {
                timesHeld.merge(ancestor, 1, Integer::sum);
            }
        }
        // each time's entry: the largest block around it that holds no other time
        Map<Element, List<Element>> entriesByParent = new LinkedHashMap<>();
        for (Element time : times) {
            Element entry = time;
            while (entry.parent() != null && entry.parent() != body && timesHeld.get(entry.parent()) == 1) {
                entry = entry.parent();
            }
            if (entry != time && entry.parent() != null) {
                entriesByParent.computeIfAbsent(entry.parent(), parent -> new ArrayList<>()).add(entry);
            }
        }
        List<Element> blocks = entriesByParent.values().stream().max(java.util.Comparator.comparingInt(List::size)).orElse(List.of());
        if (blocks.size() < MIN_ENTRIES || !(declaredLive || namedLive(blocks.getFirst()))) {
            return List.of();
        }
        List<LiveEntry> entries = new ArrayList<>();
        for (Element block : blocks) {
            Element time = block.selectFirst(Selectors.DATED_TIMES);
            Element content = block.clone();
            NonContent.remove(content);
            Boilerplate.removeFurniture(content, false);
            Element heading = content.selectFirst(ENTRY_HEADINGS);
            String headline = heading == null ? null : PlainText.clean(heading.text());
            if (heading != null) {
                heading.remove();
            }
            List<String> paragraphs = BodyText.paragraphs(List.of(content), null);
            if (!paragraphs.isEmpty() || headline != null) {
                entries.add(new LiveEntry(Dates.parse(time.attr("datetime")).orElse(null), headline == null || headline.isEmpty() ? null : headline,
                    String.join(ExtractedArticle.PARAGRAPH_SEPARATOR, paragraphs)));
            }
        }
        return entries.size() >= MIN_ENTRIES ? entries : List.of();
    }

    /** "live" in the class or id of the block or of what holds it: live-post, liveblog, live-update… */
    private static boolean namedLive(Element block) {
        for (Element element = block; element != null; element = element.parent()) {
            if (LIVE_NAME.matcher(element.className() + " " + element.id()).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the body already holds every entry (the opening words of each). */
    static boolean holdsAll(List<String> body, List<LiveEntry> entries) {
        String text = PlainText.comparable(String.join(" ", body));
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
            String comparable = PlainText.comparable(paragraph);
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
        String text = PlainText.comparable(entry.text());
        return text.substring(0, Math.min(OPENING, text.length()));
    }

}
