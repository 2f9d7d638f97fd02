package io.marsad.crawler.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a news page into an {@link ExtractedArticle}: metadata from the page's machine-readable
 * markup, the body from the element the paragraphs vote for, after page furniture is removed.
 * Stateless and thread-safe; no I/O.
 */
public final class ArticleExtractor {

    /** At most this many words beside an author's name make a line that restates the byline ("By …, staff writer"). */
    private static final int MAX_BYLINE_WORDS = 3;
    /** A line that ends as a sentence does ("… tested twelve machines."), not as a byline. */
    private static final Pattern SENTENCE_END = Pattern.compile("[\\p{Ll}\\p{Lo}][.!?]\\s*$");

    /** Pages larger than this are refused rather than parsed: no news article needs it. */
    public static final int MAX_PAGE_BYTES = 8 * 1024 * 1024;

    /** Below this share of the JSON-LD articleBody, the markup is taken to hide the article (paywall, scripts). */
    private static final double STRUCTURED_BODY_PREFERENCE = 0.6;
    /** A tag list left in the body as text has at least this many of the page's tags. */
    private static final int MIN_LISTED_TAGS = 3;
    /** A body shorter than this is doubted, and a lenient second pass is tried. */
    private static final int MIN_PLAUSIBLE_BODY = 500;
    /** Where no paragraph voted, a headline and a standfirst at most: lines, not a body. */
    private static final int MAX_LINES_LEFT = 200;

    /**
     * @param html        the page's bytes as served
     * @param charsetHint the charset from the Content-Type header, or null; a BOM wins over it, and without either the
     *                    page's {@code <meta charset>} or, failing that, detection decides ({@link CharsetSniffer})
     * @param url         the page's URL, for resolving relative links and as fallback canonical URL
     */
    public ExtractedArticle extract(byte[] html, String charsetHint, String url) {
        if (html.length > MAX_PAGE_BYTES) {
            throw new ExtractionException.PageTooLarge("page is " + html.length + " bytes, more than the " + MAX_PAGE_BYTES + " bytes allowed");
        }
        try {
            String charset = CharsetSniffer.choose(html, charsetHint);
            Document document = Jsoup.parse(new ByteArrayInputStream(html), charset, url == null ? "" : url);
            if (UnclosedTitle.swallowedThePage(document) && !document.charset().name().startsWith("UTF-16")) {
                byte[] mended = UnclosedTitle.closed(html);
                if (mended != null) {
                    document = Jsoup.parse(new ByteArrayInputStream(mended), charset, url == null ? "" : url);
                }
            }
            return extract(document, url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ExtractedArticle extract(Document document, String url) {
        PageMetadata metadata = MetadataReader.read(document, url);
        MarkupBody strict = body(document, metadata, MarkupPass.STRICT);
        List<String> paragraphs = strict.paragraphs();
        String strategy = Extraction.MARKUP;
        boolean plausible = length(paragraphs) >= MIN_PLAUSIBLE_BODY;
        if (!plausible || strict.removedMostOfTheText()) {
            // class names can mislead (a theme's "content-with-sidebar" or "sidebar-container" wrapper holds the article):
            // try again keeping what holds most of the text, and take it if it finds much more. After a plausible first
            // body, only if it finds other text: one that adds to the same body added furniture (a gallery of fifty slides)
            List<String> lenient = body(document, metadata, MarkupPass.LENIENT).paragraphs();
            if (length(lenient) >= 2 * length(paragraphs) && length(lenient) > 0
                && (!plausible || !mostlyWithin(paragraphs, lenient) && !mostlyTableRows(lenient))) {
                paragraphs = lenient;
                strategy = Extraction.MARKUP_LENIENT;
            }
        }
        if (length(paragraphs) < MIN_PLAUSIBLE_BODY && NoscriptContent.holdsText(document, MIN_PLAUSIBLE_BODY)) {
            // a page its scripts render may print the article again for browsers without them
            List<String> unscripted = body(NoscriptContent.shownBody(document), document.location(), metadata, MarkupPass.STRICT).paragraphs();
            if (length(unscripted) >= Math.max(MIN_PLAUSIBLE_BODY, 2 * length(paragraphs))) {
                paragraphs = unscripted;
                strategy = Extraction.NOSCRIPT_MARKUP;
            }
        }
        List<String> structured = StructuredBody.paragraphs(metadata.structuredBody());
        if (length(paragraphs) < STRUCTURED_BODY_PREFERENCE * length(structured)) {
            // the markup hides the article (paywalls, script-rendered pages) that the page's JSON-LD carries
            paragraphs = structured;
            strategy = Extraction.STRUCTURED_DATA;
        }
        if (!metadata.liveEntries().isEmpty() && !LiveBlog.holdsAll(paragraphs, metadata.liveEntries())) {
            // the markup shows the latest entries and loads the rest on scroll; the JSON-LD lists them all
            paragraphs = LiveBlog.body(paragraphs, metadata.liveEntries());
            strategy = Extraction.STRUCTURED_DATA;
        }
        if (length(paragraphs) < MIN_PLAUSIBLE_BODY) {
            // a page its scripts render: the article's HTML may travel in the application's state, as a JSON string
            List<String> scripted = ScriptData.paragraphs(document, metadata.descriptions(), !paragraphs.isEmpty());
            if (length(scripted) >= Math.max(MIN_PLAUSIBLE_BODY, 2 * length(paragraphs))) {
                paragraphs = scripted;
                strategy = Extraction.SCRIPT_DATA;
            }
        }
        if (!paragraphs.isEmpty()) {
            Optional<String> standfirst = Standfirst.find(document.body(), metadata.descriptions(), paragraphs);
            if (standfirst.isPresent()) {
                paragraphs = new ArrayList<>(paragraphs);
                paragraphs.addFirst(standfirst.get());
            }
        }
        if (length(paragraphs) < MainContent.MIN_PARAGRAPH_LENGTH) {
            // last resort: the best-scored block with no furniture removed at all, flagged as doubtful
            List<String> unfiltered = body(document, metadata, MarkupPass.UNFILTERED).paragraphs();
            if (length(unfiltered) > length(paragraphs)) {
                paragraphs = unfiltered;
                strategy = Extraction.UNFILTERED;
            }
        }
        return new ExtractedArticle(
            url,
            metadata.canonicalUrl(),
            Mojibake.repair(metadata.title()),
            String.join(ExtractedArticle.PARAGRAPH_SEPARATOR, repaired(paragraphs)),
            metadata.authors().stream().map(Mojibake::repair).toList(),
            metadata.publishedAt(),
            metadata.modifiedAt(),
            metadata.siteName(),
            metadata.language(),
            metadata.tags(),
            metadata.section(),
            metadata.leadImage(),
            Extraction.of(strategy, length(paragraphs)),
            metadata.liveEntries());
    }

    /**
     * The paragraphs with their double-encoded runs put back ({@link Mojibake}); one that was only an invisible
     * character so encoded (an editor's empty paragraph, {@code &zwj;}) is read as the empty paragraph it is.
     */
    private static List<String> repaired(List<String> paragraphs) {
        List<String> repaired = new ArrayList<>(paragraphs.size());
        for (String paragraph : paragraphs) {
            String text = Mojibake.repair(paragraph);
            text = text.equals(paragraph) ? text : PlainText.withoutInvisibleEnds(text);
            if (!text.isEmpty()) {
                repaired.add(text);
            }
        }
        return repaired;
    }

    /** How much page furniture a pass over the markup removes. */
    private enum MarkupPass {
        /** by element, role and class name */
        STRICT,
        /** the same, but what holds most of the text or names the article's text is kept ({@link Boilerplate#removeFurniture}) */
        LENIENT,
        /** none: the last resort */
        UNFILTERED
    }

    /** A pass's paragraphs, and whether the furniture it removed held most of the page's text. */
    private record MarkupBody(List<String> paragraphs, boolean removedMostOfTheText) {}

    private static MarkupBody body(Document document, PageMetadata metadata, MarkupPass pass) {
        return body(document.body().clone(), document.location(), metadata, pass);
    }

    /**
     * @param body     a copy of the page's body, which the pass takes apart
     * @param location where the page was fetched from (empty when not known)
     */
    private static MarkupBody body(Element body, String location, PageMetadata metadata, MarkupPass pass) {
        NonContent.remove(body);
        Set<Element> linkCards = LinkCards.wrap(body, location, metadata.canonicalUrl());
        AriaHeadings.tag(body);
        PreloadedStories.cut(body, metadata.title());
        boolean removedMostOfTheText = pass != MarkupPass.UNFILTERED && Boilerplate.removeFurniture(body, pass == MarkupPass.LENIENT);
        List<Element> found = MainContent.find(body, linkCards);
        List<String> paragraphs = new ArrayList<>(BodyText.paragraphs(found, metadata.title()));
        if (pass != MarkupPass.UNFILTERED && found.size() == 1 && found.getFirst() == body && length(paragraphs) < MAX_LINES_LEFT) {
            // no paragraph voted, and what is left is a line or two (a gallery's standfirst, its captions removed): the
            // last resort looks at what the filters removed. A page that writes its post straight into the body has more
            return new MarkupBody(List.of(), removedMostOfTheText);
        }
        Set<String> tags = metadata.tags().stream().map(tag -> tag.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        paragraphs.removeIf(p -> repeatsMetadata(p, metadata) || listsTags(p, tags));
        return new MarkupBody(paragraphs, removedMostOfTheText);
    }

    /** A tag list left as plain text: most of its comma-separated items are the page's own tags (lower-cased). */
    private static boolean listsTags(String paragraph, Set<String> tags) {
        if (tags.size() < MIN_LISTED_TAGS || separators(paragraph) + 1 < MIN_LISTED_TAGS) {
            return false; // counted first: this is asked of every paragraph, and most list nothing
        }
        String[] items = paragraph.split("\\s*[,،|]\\s*");
        if (items.length < MIN_LISTED_TAGS) {
            return false;
        }
        long listed = Arrays.stream(items).filter(item -> tags.contains(item.toLowerCase(Locale.ROOT))).count();
        return listed * 2 > items.length;
    }

    private static int separators(String paragraph) {
        int count = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            count += c == ',' || c == '،' || c == '|' ? 1 : 0;
        }
        return count;
    }

    /** Whether most of the first body's text is in the second. */
    private static boolean mostlyWithin(List<String> first, List<String> second) {
        Set<String> others = new HashSet<>(second);
        int within = first.stream().filter(others::contains).mapToInt(String::length).sum();
        return within * 2 > length(first);
    }

    /**
     * Whether most of a body's text is rows of a table ({@link BodyText#CELL_SEPARATOR} between cells): after a plausible story, what the lenient
     * pass finds in a side column that holds most of the page's text is its table of results or prices, not another story.
     */
    private static boolean mostlyTableRows(List<String> paragraphs) {
        int rows = 0;
        for (String paragraph : paragraphs) {
            rows += paragraph.contains(BodyText.CELL_SEPARATOR) ? paragraph.length() : 0;
        }
        return rows * 2 > length(paragraphs);
    }

    private static int length(List<String> paragraphs) {
        return paragraphs.stream().mapToInt(String::length).sum();
    }

    /**
     * Short lines that only restate the byline ("By Jane Doe", "بقلم …", "Jane Doe | Reporter | 12 May 2020"): the name
     * as a whole word and a few words beside it, no sentence ("Jane Doe tested twelve machines."); a one-word name (a
     * handle such as "Kev") with at most a word beside it: "Kev's pick: …" is the story's.
     */
    private static boolean repeatsMetadata(String paragraph, PageMetadata metadata) {
        if (paragraph.length() > 80) {
            return false;
        }
        String lower = paragraph.toLowerCase(Locale.ROOT);
        for (String author : metadata.authors()) {
            String name = author.toLowerCase(Locale.ROOT);
            int at = lower.indexOf(name);
            if (at < 0 || paragraph.length() > author.length() + 25 || !isWordAt(lower, at, name.length())) {
                continue;
            }
            String rest = (lower.substring(0, at) + " " + lower.substring(at + name.length())).trim();
            long words = Arrays.stream(rest.split("[^\\p{L}]+")).filter(word -> !word.isEmpty()).count();
            boolean saysLittleElse = name.contains(" ") ? words <= MAX_BYLINE_WORDS && !SENTENCE_END.matcher(paragraph).find()
                : words <= 1 && !rest.startsWith("'") && !rest.startsWith("’");
            if (saysLittleElse) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordAt(String text, int start, int length) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
            && (start + length == text.length() || !Character.isLetterOrDigit(text.charAt(start + length)));
    }
}
