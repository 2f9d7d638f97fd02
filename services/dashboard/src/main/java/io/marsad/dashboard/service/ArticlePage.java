package io.marsad.dashboard.service;

import io.marsad.text.TextDirection;
import io.marsad.dashboard.client.ArticleView;
import io.marsad.dashboard.client.Mention;

import java.util.ArrayList;
import java.util.List;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article as its page shows it: the clean text in paragraphs, HTML-escaped, with the names of
 * entities marked where enrichment's knowledge base finds them, each a link to the entity's page,
 * in the article's direction; the names it was indexed with, by type; and the story's other
 * sources in the order they published.
 */
public record ArticlePage(ArticleView article, String dir, String when, List<String> paragraphs, List<Named> named, List<Copy> story) {

    /** One article of the story; {@code current} for the one shown. */
    public record Copy(String id, String title, String source, String when, String dir, boolean current) {}

    /** The names of one type the article was indexed with; {@code label} is the facet's message key. */
    public record Named(String label, List<Link> names) {}

    public record Link(String name, String href) {}

    /**
     * @param mentions where enrichment finds entities in the body (offsets into it); empty when it
     *                 could not say, and the text is shown unmarked
     */
    public static ArticlePage of(ArticleView article, List<Mention> mentions, Locale locale, ZoneId zone) {
        String body = article.body() == null ? "" : article.body();
        List<String> paragraphs = new ArrayList<>();
        Matcher paragraph = PARAGRAPH.matcher(body);
        while (paragraph.find()) {
            paragraphs.add(marked(body, paragraph.start(), paragraph.end(), mentions));
        }
        List<Named> named = new ArrayList<>();
        named(named, "facet_persons", "person", article.persons());
        named(named, "facet_organizations", "organization", article.organizations());
        named(named, "facet_locations", "location", article.locations());
        List<Copy> story = new ArrayList<>();
        for (var copy : article.story() == null ? List.<io.marsad.dashboard.client.SearchResult.Article>of() : article.story()) {
            story.add(new Copy(copy.id(), copy.title(), copy.source(), Dates.when(copy.publishedAt(), locale, zone),
                TextDirection.of(copy.language()), copy.id().equals(article.id())));
        }
        return new ArticlePage(article, TextDirection.of(article.language()), Dates.when(article.publishedAt(), locale, zone),
            paragraphs, named, story);
    }

    /** A paragraph: a run of text without a line break, trimmed. */
    private static final Pattern PARAGRAPH = Pattern.compile("[^\\s][^\\n]*[^\\s]|[^\\s]");

    private static void named(List<Named> named, String label, String type, List<String> names) {
        if (names != null && !names.isEmpty()) {
            named.add(new Named(label, names.stream().map(name -> new Link(name, EntityPage.namedLink(type, name))).toList()));
        }
    }

    /**
     * The text between {@code from} and {@code to}, escaped, each mention inside it a link to its
     * entity's page; mentions are in text order and do not overlap (enrichment takes the longest).
     */
    static String marked(String text, int from, int to, List<Mention> mentions) {
        StringBuilder html = new StringBuilder();
        int at = from;
        for (Mention mention : mentions) {
            if (mention.start() < at || mention.end() > to || mention.start() >= mention.end()) {
                continue;
            }
            html.append(escape(text.substring(at, mention.start()))).append("<a class=\"entity\" href=\"")
                .append(escape(EntityPage.href(mention.entityId()))).append("\">").append(escape(text.substring(mention.start(), mention.end())))
                .append("</a>");
            at = mention.end();
        }
        return html.append(escape(text.substring(at, to))).toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
