package io.marsad.crawler.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Paragraphs of an {@code articleBody} from JSON-LD: plain text with line breaks on most sites, HTML on some. */
final class StructuredBody {

    /** A body holding any of these tags is HTML, not text. */
    private static final Pattern HTML_TAG = Pattern.compile("</?(?:p|div|br|span|a|h[2-6]|em|strong|img)\\b", Pattern.CASE_INSENSITIVE);

    private StructuredBody() {}

    /** {@code body}: the {@code articleBody} as {@link JsonLd#text} reads it, its entities decoded. */
    static List<String> paragraphs(String body) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        // its entities are decoded already ({@link JsonLd#texts}): a body some site wrote as escaped markup is markup now
        if (HTML_TAG.matcher(body).find()) {
            return BodyText.paragraphs(List.of(htmlFragment(body)), null);
        }
        List<String> paragraphs = new ArrayList<>();
        for (String line : body.split("\\s*\\n\\s*")) {
            String clean = PlainText.clean(line);
            if (!clean.isEmpty()) {
                paragraphs.add(clean);
            }
        }
        return paragraphs;
    }

    /** A body that a page carries as an HTML string (in JSON-LD or its script data), parsed, with what is never text removed. */
    static Element htmlFragment(String html) {
        Element fragment = Jsoup.parseBodyFragment(html).body();
        NonContent.remove(fragment);
        return fragment;
    }
}
