package io.marsad.search.service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.FieldDateMath;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;
import io.marsad.query.QueryParser;
import io.marsad.query.elasticsearch.ElasticsearchQueryTranslator;
import io.marsad.search.model.SearchQuery;
import io.marsad.search.model.SearchResult;
import io.marsad.support.elasticsearch.ArticleDocument;
import io.marsad.support.elasticsearch.ArticleFields;
import io.marsad.support.elasticsearch.ArticleIndices;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs searches on the article indices: the parsed query with the filters, one result per story
 * (Elasticsearch field collapsing on {@code storyId}; the story's other articles from
 * {@link StoryMembers}), highlights, facets and a timeline over everything that matched.
 */
@ApplicationScoped
public class SearchService {

    /** Facet name → indexed keyword field. */
    static final Map<String, String> FACETS = Map.of("sources", ArticleFields.SOURCE_NAME, "languages", ArticleFields.LANGUAGE,
        "persons", ArticleFields.PERSONS, "organizations", ArticleFields.ORGANIZATIONS, "locations", ArticleFields.LOCATIONS,
        "tags", ArticleFields.KEYWORDS);
    static final int FACET_SIZE = 10;
    /** The fields an answer shows of an article ({@link #article}); the rest, the body above all, stays in Elasticsearch. */
    static final List<String> SHOWN = List.of(ArticleFields.STORY_ID, ArticleFields.TITLE, "canonicalUrl", ArticleFields.SOURCE_NAME,
        ArticleFields.SITE, ArticleFields.LANGUAGE, ArticleFields.PUBLISHED_AT, "indexedAt", ArticleFields.ENTITIES);
    static final int OTHERS = 5;

    /** Every analysed field is highlighted: a word may have matched in the article's language's field only (by its stem), or the folded one. */
    static final List<NamedValue<HighlightField>> HIGHLIGHTED = highlighted();

    private final ElasticsearchClient client;
    private final ElasticsearchTime time;
    private final ArchiveStart archiveStart;

    SearchService(ElasticsearchClient client, ElasticsearchTime time, ArchiveStart archiveStart) {
        this.client = client;
        this.time = time;
        this.archiveStart = archiveStart;
    }

    /** Counts Elasticsearch's time towards the API request's, when there is one (monitors' checks run outside requests). */
    private void took(long millis, long roundTripNanos) {
        if (Arc.container().requestContext().isActive()) {
            time.add(millis, roundTripNanos);
        }
    }

    public SearchResult search(SearchQuery request) throws IOException {
        Query query = query(request);
        // without a start, the timeline runs from the archive's first article: its interval is chosen from that span
        Timeline timeline = Timeline.of(request.from() != null ? request.from() : archiveStart.get(this::took).orElse(null), request.to());
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        FACETS.forEach((name, field) -> aggregations.put(name, Aggregation.of(a -> a.terms(t -> t.field(field).size(FACET_SIZE)))));
        aggregations.put("timeline", Aggregation.of(a -> a.dateHistogram(d -> {
            d.field(ArticleFields.PUBLISHED_AT).calendarInterval(timeline.interval()).timeZone(request.timeZone()).minDocCount(0);
            if (request.from() != null) {
                // the whole range asked for, empty periods included, so that a chart's time axis is the range's
                Instant end = (request.to() == null ? Instant.now() : request.to()).minusMillis(1);
                d.extendedBounds(b -> b.min(FieldDateMath.of(m -> m.value(request.from().toEpochMilli())))
                    .max(FieldDateMath.of(m -> m.value(end.toEpochMilli()))));
            }
            return d;
        })));
        aggregations.put("stories", Aggregation.of(a -> a.cardinality(c -> c.field(ArticleFields.STORY_ID))));
        SearchResponse<ArticleDocument> response;
        long start = System.nanoTime();
        try {
            response = client.search(s -> {
                s.index(ArticleIndices.READ_ALIAS).query(query).from(request.page() * request.size()).size(request.size())
                    .trackTotalHits(t -> t.enabled(true)).aggregations(aggregations)
                    .collapse(c -> c.field(ArticleFields.STORY_ID))
                    .source(src -> src.filter(f -> f.includes(SHOWN)))
                    // HTML: the article's text escaped, so that a page can show the passages as they come
                    .highlight(h -> h.fields(HIGHLIGHTED).encoder(HighlighterEncoder.Html)
                        .preTags("<mark>").postTags("</mark>").requireFieldMatch(false));
                if ("date".equals(request.sort())) {
                    s.sort(so -> so.field(f -> f.field(ArticleFields.PUBLISHED_AT).order(SortOrder.Desc)));
                }
                return s;
            }, ArticleDocument.class);
        } catch (ElasticsearchException e) {
            if (noArticleIndex(e)) {
                return empty(request);
            }
            throw e;
        }
        took(response.took(), System.nanoTime() - start);
        List<String> storyIds = response.hits().hits().stream().map(hit -> hit.source().storyId()).filter(Objects::nonNull).toList();
        Map<String, StoryMembers.Story> stories = StoryMembers.of(client, query, storyIds, OTHERS + 1, this::took);
        return result(response, stories, timeline, request.timeZone());
    }

    private static List<NamedValue<HighlightField>> highlighted() {
        List<NamedValue<HighlightField>> fields = new ArrayList<>();
        for (String base : ArticleFields.TEXT) {
            for (ArticleFields.AnalysedField field : ArticleFields.analysed(base)) {
                fields.add(NamedValue.of(field.name(), base.equals(ArticleFields.TITLE) ? HighlightField.of(f -> f.numberOfFragments(0))
                    : HighlightField.of(f -> f.fragmentSize(160).numberOfFragments(3))));
            }
        }
        return fields;
    }

    /** Per text field (title, body), the highlights of the first of its analysed fields that has any. */
    static Map<String, List<String>> highlights(Map<String, List<String>> byAnalysedField) {
        Map<String, List<String>> merged = new LinkedHashMap<>();
        for (String base : ArticleFields.TEXT) {
            for (ArticleFields.AnalysedField field : ArticleFields.analysed(base)) {
                List<String> fragments = byAnalysedField.get(field.name());
                if (fragments != null && !fragments.isEmpty()) {
                    merged.put(base, fragments);
                    break;
                }
            }
        }
        return merged;
    }

    /** How many articles match, per day of the given zone, from {@code start} (a day's start) for {@code days} days. */
    public long[] dailyCounts(SearchQuery request, java.time.ZonedDateTime start, int days) throws IOException {
        Instant from = start.toInstant();
        Instant to = start.plusDays(days).toInstant();
        SearchQuery window = new SearchQuery(request.q(), from, to, request.languages(), request.sources(), request.entities(),
            request.stories(), request.sort(), 0, 1, start.getZone().getId());
        SearchResponse<Void> response;
        try {
            response = client.search(s -> s.index(ArticleIndices.READ_ALIAS).size(0).query(query(window))
                .aggregations("days", a -> a.dateHistogram(d -> d.field(ArticleFields.PUBLISHED_AT).calendarInterval(CalendarInterval.Day)
                    .timeZone(start.getZone().getId()).minDocCount(0)
                    .extendedBounds(b -> b.min(FieldDateMath.of(m -> m.value(from.toEpochMilli())))
                        .max(FieldDateMath.of(m -> m.value(to.minusMillis(1).toEpochMilli())))))),
                Void.class);
        } catch (ElasticsearchException e) {
            if (noArticleIndex(e)) {
                return new long[days];
            }
            throw e;
        }
        long[] counts = new long[days];
        for (var bucket : response.aggregations().get("days").dateHistogram().buckets().array()) {
            int day = (int) Duration.between(from, Instant.ofEpochMilli(bucket.key())).toDays();
            if (day >= 0 && day < days) {
                counts[day] = bucket.docCount();
            }
        }
        return counts;
    }

    /**
     * Whether Elasticsearch refused because no article index exists yet (a new platform has none
     * until enrichment indexes the first article): then the answer is empty, not an error. Asked
     * of the failure rather than checked before each request, which would cost a round trip.
     */
    public static boolean noArticleIndex(ElasticsearchException e) {
        return e.status() == 404 && e.error() != null && "index_not_found_exception".equals(e.error().type());
    }

    private static SearchResult empty(SearchQuery request) {
        Map<String, List<SearchResult.Bucket>> facets = new LinkedHashMap<>();
        for (String name : List.of("sources", "languages", "persons", "organizations", "locations", "tags")) {
            facets.put(name, List.of());
        }
        return new SearchResult(0, 0, List.of(), facets,
            new SearchResult.Timeline(Timeline.of(request.from(), request.to()).name(), request.timeZone(), List.of()));
    }

    /** How many articles match. */
    public long count(SearchQuery request) throws IOException {
        Query query = query(request);
        try {
            return client.count(c -> c.index(ArticleIndices.READ_ALIAS).query(query)).count();
        } catch (ElasticsearchException e) {
            if (noArticleIndex(e)) {
                return 0;
            }
            throw e;
        }
    }

    public static Query query(SearchQuery request) {
        List<Query> filters = new ArrayList<>();
        if (request.from() != null || request.to() != null) {
            filters.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field(ArticleFields.PUBLISHED_AT);
                if (request.from() != null) {
                    d.gte(request.from().toString());
                }
                if (request.to() != null) {
                    d.lt(request.to().toString());
                }
                return d;
            }))));
        }
        if (request.stories() != null && !request.stories().isEmpty()) {
            List<FieldValue> stories = request.stories().stream().map(FieldValue::of).toList();
            filters.add(Query.of(q -> q.terms(t -> t.field(ArticleFields.STORY_ID).terms(v -> v.value(stories)))));
        }
        return ElasticsearchQueryTranslator.withFilters(QueryParser.parse(request.q()), request.languages(), request.sources(),
            request.entities(), filters);
    }

    private static SearchResult result(SearchResponse<ArticleDocument> response, Map<String, StoryMembers.Story> stories,
                                       Timeline timeline, String timeZone) {
        List<SearchResult.StoryHit> hits = new ArrayList<>();
        for (Hit<ArticleDocument> hit : response.hits().hits()) {
            SearchResult.Article article = article(hit.id(), hit.source());
            List<SearchResult.Article> others = new ArrayList<>();
            long inStory = 1;
            StoryMembers.Story story = hit.source().storyId() == null ? null : stories.get(hit.source().storyId());
            if (story != null) {
                inStory = story.articles();
                for (StoryMembers.Member other : story.first()) {
                    if (!other.id().equals(hit.id()) && others.size() < OTHERS) {
                        others.add(article(other.id(), other.article()));
                    }
                }
            }
            hits.add(new SearchResult.StoryHit(hit.source().storyId(), article, highlights(hit.highlight()), inStory, others));
        }
        Map<String, List<SearchResult.Bucket>> facets = new LinkedHashMap<>();
        for (String name : List.of("sources", "languages", "persons", "organizations", "locations", "tags")) {
            facets.put(name, response.aggregations().get(name).sterms().buckets().array().stream()
                .map(b -> new SearchResult.Bucket(b.key().stringValue(), b.docCount())).toList());
        }
        List<SearchResult.Point> points = response.aggregations().get("timeline").dateHistogram().buckets().array().stream()
            .map(b -> new SearchResult.Point(Instant.ofEpochMilli(b.key()), b.docCount())).toList();
        long total = response.hits().total() == null ? 0 : response.hits().total().value();
        long storyCount = response.aggregations().get("stories").cardinality().value();
        return new SearchResult(total, storyCount, hits, facets, new SearchResult.Timeline(timeline.name(), timeZone, points));
    }

    static SearchResult.Article article(String id, ArticleDocument article) {
        return new SearchResult.Article(id, article.storyId() == null ? id : article.storyId(), article.title(), article.canonicalUrl(),
            article.sourceName(), article.site(), article.language(), article.publishedAt(), article.indexedAt(),
            article.entities() == null ? List.of() : article.entities());
    }

    /** The timeline's interval, chosen from the date range so that it has a readable number of points. */
    record Timeline(CalendarInterval interval, String name) {
        static Timeline of(Instant from, Instant to) {
            Duration span = Duration.between(from == null ? Instant.now().minus(Duration.ofDays(30)) : from, to == null ? Instant.now() : to);
            if (span.toDays() <= 2) {
                return new Timeline(CalendarInterval.Hour, "hour");
            }
            if (span.toDays() <= 93) {
                return new Timeline(CalendarInterval.Day, "day");
            }
            if (span.toDays() <= 732) {
                return new Timeline(CalendarInterval.Week, "week");
            }
            return new Timeline(CalendarInterval.Month, "month");
        }
    }
}
