package io.marsad.alerting.service;

import io.marsad.support.elasticsearch.ArticleDocument;
import io.marsad.support.elasticsearch.ArticleFields;
import io.marsad.text.TextDirection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Why an alert fired: the words of the article that matched the subscription's query, as the
 * article spells them, and the title and passages with those words marked, all in reading order
 * (the order of the text, which is right-to-left reading order for Arabic: the dashboard lays
 * them out with {@code dir}). Built from the offsets the matcher reports for each hit ({@link OffsetsMatch}), in
 * whichever analysed field it matched (folded, Arabic, English…).
 *
 * @param terms     distinct matched words as written in the article, first occurrence first
 * @param title     the title, HTML-escaped, matched words in {@code <mark>}
 * @param passages  up to {@value #PASSAGES} passages of the body around matches, HTML-escaped, marked
 * @param direction {@code rtl} for Arabic-script languages, else {@code ltr}
 */
public record Explanation(List<String> terms, String title, List<String> passages, String direction) {

    static final int PASSAGES = 3;
    static final int CONTEXT = 90;
    static final int MAX_TERMS = 20;

    /** A matched stretch of a text. */
    record Span(int start, int end) {}

    static Explanation of(ArticleDocument article, OffsetsMatch match) {
        String title = article.title() == null ? "" : article.title();
        String body = article.body() == null ? "" : article.body();
        List<Span> inTitle = spans(match, ArticleFields.TITLE, title.length());
        List<Span> inBody = spans(match, ArticleFields.BODY, body.length());
        Set<String> terms = new LinkedHashSet<>();
        inTitle.forEach(span -> terms.add(title.substring(span.start(), span.end())));
        inBody.forEach(span -> terms.add(body.substring(span.start(), span.end())));
        return new Explanation(terms.stream().limit(MAX_TERMS).toList(), marked(title, inTitle, 0, title.length()), passages(body, inBody),
            direction(article.language()));
    }

    /** {@code rtl} for a language written right to left (Arabic, Persian, Urdu, Hebrew…), else {@code ltr}. */
    public static String direction(String language) {
        return TextDirection.of(language);
    }

    /**
     * Why a spike alert fired: the day's count against the days before as its title, and the day's
     * top stories (escaped, with their source and how many articles tell each) as its passages, in
     * the direction most of those stories are written in.
     */
    public static Explanation ofSpike(String headline, List<String> storyLines, List<String> storyLanguages) {
        long rightToLeft = storyLanguages.stream().filter(language -> direction(language).equals("rtl")).count();
        return new Explanation(List.of(), escapeHtml(headline), storyLines.stream().map(Explanation::escapeHtml).toList(),
            rightToLeft * 2 > storyLanguages.size() ? "rtl" : "ltr");
    }

    /** The hits in a text field's analysed fields (folded, its language's), merged where they overlap, in text order. */
    static List<Span> spans(OffsetsMatch match, String textField, int length) {
        List<ArticleFields.AnalysedField> analysed = ArticleFields.analysed(textField);
        List<Span> spans = new ArrayList<>();
        for (OffsetsMatch.Hit hit : match.hits()) {
            if (analysed.stream().anyMatch(one -> one.name().equals(hit.field()))
                && hit.startOffset() >= 0 && hit.endOffset() <= length && hit.startOffset() < hit.endOffset()) {
                spans.add(new Span(hit.startOffset(), hit.endOffset()));
            }
        }
        spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> merged = new ArrayList<>();
        for (Span span : spans) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span.start() <= last.end()) {
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    /** Windows of text around the matches, at most {@value #PASSAGES}, neighbouring matches sharing one. */
    private static List<String> passages(String body, List<Span> spans) {
        List<String> passages = new ArrayList<>();
        int i = 0;
        while (i < spans.size() && passages.size() < PASSAGES) {
            int from = wordStart(body, Math.max(0, spans.get(i).start() - CONTEXT));
            int to = spans.get(i).end();
            int j = i + 1;
            while (j < spans.size() && spans.get(j).start() - to <= CONTEXT) {
                to = spans.get(j).end();
                j++;
            }
            to = wordEnd(body, Math.min(body.length(), to + CONTEXT));
            passages.add((from > 0 ? "…" : "") + marked(body, spans.subList(i, j), from, to).strip() + (to < body.length() ? "…" : ""));
            i = j;
        }
        return passages;
    }

    private static String marked(String text, List<Span> spans, int from, int to) {
        StringBuilder out = new StringBuilder();
        int at = from;
        for (Span span : spans) {
            if (span.start() < from || span.end() > to) {
                continue;
            }
            escape(text.substring(at, span.start()), out);
            out.append("<mark>");
            escape(text.substring(span.start(), span.end()), out);
            out.append("</mark>");
            at = span.end();
        }
        escape(text.substring(at, to), out);
        return out.toString();
    }

    private static int wordStart(String text, int at) {
        int i = at;
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && at - i < 20) {
            i--;
        }
        return i;
    }

    private static int wordEnd(String text, int at) {
        int i = at;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && i - at < 20) {
            i++;
        }
        return i;
    }

    /** The text with the characters HTML gives meaning to written as entities. */
    public static String escapeHtml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(text, out);
        return out.toString();
    }

    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
