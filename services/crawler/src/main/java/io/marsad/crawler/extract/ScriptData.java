package io.marsad.crawler.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article's text as an HTML string in the page's script data, for pages that render it in the
 * browser: an application's state handed to its scripts (Apollo's cache on lesswrong.com, Next.js's
 * {@code __NEXT_DATA__}, Nuxt's state) carries the post's HTML as a JSON string, while the markup
 * holds none of it. Read only when the markup yields no plausible body.
 */
final class ScriptData {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A paragraph tag in a JSON string, escaped as JSON serialisers write it or not. */
    private static final Pattern PARAGRAPH_TAG = Pattern.compile("<p[\\s>]|\\\\u003c[pP][\\s>\\\\]", Pattern.CASE_INSENSITIVE);
    /** Shorter than this, a string holds a teaser or a caption, not an article. */
    private static final int MIN_LITERAL = 500;
    /** An article's HTML has at least this many paragraphs. */
    private static final int MIN_PARAGRAPHS = 3;
    /** How much of a description is looked for in a candidate: enough to tell texts apart, short of where sites cut it. */
    private static final int MIN_OPENING = 60;
    /** Article-like strings looked at, at most: a bound on the work for a page full of them. */
    private static final int MAX_CANDIDATES = 50;

    private ScriptData() {}

    /**
     * The paragraphs of the article-like HTML string in the page's inline scripts that holds the
     * page's description (its opening, as sites write their description), else of the longest one;
     * none if there is none. The state often holds other HTML too: the tags' and the author's pages.
     *
     * @param descriptionRequired take only a string that holds the description: the markup found some text (a short brief),
     *                            which only the article's own HTML may replace, not whatever else the state holds
     */
    static List<String> paragraphs(Document document, List<String> descriptions, boolean descriptionRequired) {
        List<String> candidates = new ArrayList<>();
        for (Element script : document.select("script:not([src])")) {
            String type = script.attr("type").toLowerCase(Locale.ROOT);
            if (type.contains("ld+json") || type.contains("template")) {
                continue; // JSON-LD is read as structured data; templates are markup waiting for data
            }
            String data = script.data();
            if (data.length() >= MIN_LITERAL && PARAGRAPH_TAG.matcher(data).find()) {
                addLiterals(data, candidates);
            }
        }
        List<String> openings = descriptions.stream().map(ScriptData::opening).filter(o -> o.length() >= MIN_OPENING).toList();
        Element chosen = null;
        int chosenLength = 0;
        boolean chosenHoldsDescription = false;
        for (String html : candidates) {
            Element fragment = StructuredBody.htmlFragment(html);
            String text = PlainText.comparable(fragment.text());
            boolean holdsDescription = openings.stream().anyMatch(text::contains);
            if (descriptionRequired && !holdsDescription) {
                continue;
            }
            if (holdsDescription && !chosenHoldsDescription || holdsDescription == chosenHoldsDescription && text.length() > chosenLength) {
                chosen = fragment;
                chosenLength = text.length();
                chosenHoldsDescription = holdsDescription;
            }
        }
        return chosen == null ? List.of() : BodyText.paragraphs(List.of(chosen), null);
    }

    /** Decodes the script's string literals that look like an article's HTML into {@code out}. */
    private static void addLiterals(String data, List<String> out) {
        for (int start = data.indexOf('"'); start >= 0 && out.size() < MAX_CANDIDATES; ) {
            int end = closingQuote(data, start + 1);
            if (end < 0) {
                return;
            }
            if (end - start - 1 >= MIN_LITERAL) {
                String raw = data.substring(start + 1, end);
                String html = paragraphTags(raw) >= MIN_PARAGRAPHS ? decode(raw) : null;
                if (html != null) {
                    out.add(html);
                }
            }
            start = data.indexOf('"', end + 1);
        }
    }

    /** A description's opening as it would read in the body: sites cut descriptions short ("…"). */
    private static String opening(String description) {
        String comparable = PlainText.comparable(description);
        return comparable.substring(0, Math.min(comparable.length(), MIN_OPENING));
    }

    /** The index of the quote that closes a string literal whose content starts at {@code from}, or -1. */
    private static int closingQuote(String data, int from) {
        for (int i = from; i < data.length(); i++) {
            char c = data.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    private static int paragraphTags(String text) {
        Matcher tag = PARAGRAPH_TAG.matcher(text);
        int count = 0;
        while (count < MIN_PARAGRAPHS && tag.find()) {
            count++;
        }
        return count;
    }

    /** The string a JSON literal's content stands for, or null if it is not valid JSON (a script's own code). */
    private static String decode(String literalContent) {
        try {
            return JSON.readValue("\"" + literalContent + "\"", String.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
