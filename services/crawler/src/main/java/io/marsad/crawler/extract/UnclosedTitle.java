package io.marsad.crawler.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A {@code <title>} the page never closes. Its text runs until {@code </title>}, so an HTML parser that follows the
 * standard reads the rest of the page, scripts, body and article, as the title, and finds an empty body (a BBC Sport
 * page of 2008 saved as {@code <title>BBC … library-->} with no end tag). The page is read again with the title closed
 * where the first tag after it opens, as libxml2 and the browsers of the time did; a mistyped end tag is such a tag.
 */
final class UnclosedTitle {

    /** Markup a title never holds, but the page after an unclosed one does. */
    private static final Pattern MARKUP = Pattern.compile("<(?:/?(?:head|body|script|style|meta|link|div|table|p)\\b|!--)", Pattern.CASE_INSENSITIVE);

    private UnclosedTitle() {}

    /** Whether the parsed page's title swallowed the page: it holds markup, and the body holds no text. */
    static boolean swallowedThePage(Document document) {
        Element title = document.head() == null ? null : document.head().selectFirst("title");
        return title != null && MARKUP.matcher(title.text()).find() && !document.body().hasText();
    }

    /**
     * The page's bytes with {@code </title>} written before the first tag after the title's start tag, or null when the
     * bytes hold no such place. Only for charsets that write ASCII as ASCII (not UTF-16), which is where the tags are
     * looked for byte by byte.
     */
    static byte[] closed(byte[] html) {
        String ascii = new String(html, java.nio.charset.StandardCharsets.ISO_8859_1); // one char per byte: offsets carry over
        int open = ascii.toLowerCase(Locale.ROOT).indexOf("<title");
        int textStart = open < 0 ? -1 : ascii.indexOf('>', open) + 1;
        if (textStart <= 0) {
            return null;
        }
        int nextTag = ascii.indexOf('<', textStart);
        if (nextTag < 0 || isTitleEndTag(ascii, nextTag)) {
            return null;
        }
        byte[] end = "</title>".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] mended = new byte[html.length + end.length];
        System.arraycopy(html, 0, mended, 0, nextTag);
        System.arraycopy(end, 0, mended, nextTag, end.length);
        System.arraycopy(html, nextTag, mended, nextTag + end.length, html.length - nextTag);
        return mended;
    }

    /**
     * Whether the tag at {@code at} ends the title: {@code </title} followed by white space, "/" or ">", as the standard
     * asks of an end tag inside a title. A mistyped one ({@code </titlevalue="true" -->}, a template's leftover) is text to
     * a parser, and the title runs on past it.
     */
    private static boolean isTitleEndTag(String ascii, int at) {
        if (!ascii.regionMatches(true, at, "</title", 0, 7)) {
            return false;
        }
        int after = at + 7;
        if (after >= ascii.length()) {
            return true;
        }
        char next = ascii.charAt(after);
        return next == '>' || next == '/' || next == ' ' || next == '\t' || next == '\n' || next == '\r' || next == '\f';
    }
}
