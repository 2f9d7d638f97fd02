package io.marsad.dashboard.service;

import io.marsad.text.TextDirection;
import io.marsad.dashboard.client.ArticleView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * An article as its page shows it: the clean text in paragraphs, HTML-escaped, with the names
 * enrichment found in it (persons, organisations, places) marked where they occur, in the
 * article's direction; and the story's other sources in the order they published.
 */
public record ArticlePage(ArticleView article, String dir, String when, List<String> paragraphs, List<Copy> story) {


    /** One article of the story; {@code current} for the one shown. */
    public record Copy(String id, String title, String source, String when, String dir, boolean current) {}

    public static ArticlePage of(ArticleView article, Locale locale) {
        List<String> names = Stream.of(article.persons(), article.organizations(), article.locations())
            .flatMap(list -> list == null ? Stream.empty() : list.stream()).filter(name -> name != null && name.length() > 1).distinct()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : (article.body() == null ? "" : article.body()).split("\\n\\s*\\n|\\n")) {
            if (!paragraph.isBlank()) {
                paragraphs.add(marked(paragraph.strip(), names));
            }
        }
        List<Copy> story = new ArrayList<>();
        for (var copy : article.story() == null ? List.<io.marsad.dashboard.client.SearchResult.Article>of() : article.story()) {
            story.add(new Copy(copy.id(), copy.title(), copy.source(), Dates.when(copy.publishedAt(), locale),
                TextDirection.of(copy.language()), copy.id().equals(article.id())));
        }
        return new ArticlePage(article, TextDirection.of(article.language()), Dates.when(article.publishedAt(), locale),
            paragraphs, story);
    }

    /** The paragraph escaped, each occurrence of a name in a {@code <mark class="entity">}, longest names first, never nested. */
    static String marked(String paragraph, List<String> names) {
        boolean[] taken = new boolean[paragraph.length()];
        List<int[]> spans = new ArrayList<>();
        for (String name : names) {
            for (int at = paragraph.indexOf(name); at >= 0; at = paragraph.indexOf(name, at + name.length())) {
                boolean free = true;
                for (int i = at; i < at + name.length(); i++) {
                    free &= !taken[i];
                }
                if (free) {
                    for (int i = at; i < at + name.length(); i++) {
                        taken[i] = true;
                    }
                    spans.add(new int[] {at, at + name.length()});
                }
            }
        }
        spans.sort(Comparator.comparingInt(span -> span[0]));
        StringBuilder html = new StringBuilder();
        int at = 0;
        for (int[] span : spans) {
            html.append(escape(paragraph.substring(at, span[0]))).append("<mark class=\"entity\">")
                .append(escape(paragraph.substring(span[0], span[1]))).append("</mark>");
            at = span[1];
        }
        return html.append(escape(paragraph.substring(at))).toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
