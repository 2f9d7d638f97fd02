package io.marsad.dashboard.service;

import io.marsad.text.TextDirection;
import io.marsad.dashboard.client.Monitor;
import io.marsad.dashboard.client.SearchResult;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A monitor's page as its template shows it: the results grouped by story with their highlighted
 * passages (made safe) and direction, the facets with the narrowing each value links to, the
 * timeline's bars, and the pages before and after.
 */
public record ResultsPage(Monitor monitor, Narrowing narrowing, long total, long stories, List<TimelineBars.Bar> bars,
                          List<Facet> facets, List<Hit> hits, Narrowing previous, Narrowing next) {

    public static final int PAGE_SIZE = 20;

    /** A story: its most relevant article, marked, and how many other sources tell it. */
    public record Hit(String id, String storyId, String url, String source, String language, String dir, String when, String titleHtml, String title,
                      List<String> passages, long others, List<String> otherSources) {}

    /** A facet; {@code label} is its message key ({@code facet_sources}…). */
    public record Facet(String name, String field, String label, List<Value> values) {}

    public record Value(String value, long count, boolean active, Narrowing narrowing) {}

    public static ResultsPage of(Monitor monitor, Narrowing narrowing, SearchResult result, Locale locale, ZoneId zone) {
        List<Facet> facets = new ArrayList<>();
        for (Map.Entry<String, List<SearchResult.Bucket>> facet : result.facets().entrySet()) {
            String field = Narrowing.FACET_FIELDS.get(facet.getKey());
            if (field == null || facet.getValue().isEmpty()) {
                continue;
            }
            List<Value> values = new ArrayList<>();
            for (SearchResult.Bucket bucket : facet.getValue()) {
                boolean active = bucket.value().equals(narrowing.values().get(field));
                values.add(new Value(bucket.value(), bucket.count(), active,
                    active ? narrowing.withoutValue(field) : narrowing.withValue(field, bucket.value())));
            }
            facets.add(new Facet(facet.getKey(), field, "facet_" + facet.getKey(), values));
        }
        List<Hit> hits = new ArrayList<>();
        for (SearchResult.Hit hit : result.hits()) {
            SearchResult.Article article = hit.article();
            Map<String, List<String>> highlights = hit.highlights() == null ? Map.of() : hit.highlights();
            List<String> titles = highlights.getOrDefault("title", List.of());
            Set<String> otherSources = new LinkedHashSet<>();
            for (SearchResult.Article other : hit.others() == null ? List.<SearchResult.Article>of() : hit.others()) {
                if (other.source() != null && !other.source().equals(article.source())) {
                    otherSources.add(other.source());
                }
            }
            String language = article.language() == null ? "" : article.language();
            hits.add(new Hit(article.id(), hit.storyId(), article.url(), article.source(), language,
                TextDirection.of(language),
                Dates.when(article.publishedAt(), locale, zone),
                titles.isEmpty() ? null : Passages.safe(titles.get(0)), article.title(),
                highlights.getOrDefault("body", List.of()).stream().map(Passages::safe).toList(),
                Math.max(0, hit.articlesInStory() - 1), List.copyOf(otherSources)));
        }
        boolean more = (long) (narrowing.page() + 1) * PAGE_SIZE < result.stories() && narrowing.page() < 49;
        return new ResultsPage(monitor, narrowing, result.total(), result.stories(), TimelineBars.of(result.timeline(), narrowing), facets, hits,
            narrowing.page() > 0 ? narrowing.withPage(narrowing.page() - 1) : null, more ? narrowing.withPage(narrowing.page() + 1) : null);
    }
}
