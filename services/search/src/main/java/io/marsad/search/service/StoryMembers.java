package io.marsad.search.service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import io.marsad.support.elasticsearch.ArticleDocument;
import io.marsad.support.elasticsearch.ArticleFields;
import io.marsad.support.elasticsearch.ArticleIndices;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The matching articles of the stories on a page of results, in one request: a terms aggregation
 * on the story id with each story's first articles. Collapse's {@code inner_hits} would run one
 * search per result over every monthly index — two thirds of a search's time, measured
 * (docs/benchmarks.md) — for the same answer.
 */
final class StoryMembers {

    /** A story's matching articles: how many, and the first ones by publication time. */
    record Story(long articles, List<Member> first) {}

    record Member(String id, ArticleDocument article) {}

    private StoryMembers() {}

    static Map<String, Story> of(ElasticsearchClient client, Query query, List<String> storyIds, int first, ElasticsearchTime.Recorder took)
        throws IOException {
        if (storyIds.isEmpty()) {
            return Map.of();
        }
        List<FieldValue> ids = storyIds.stream().map(FieldValue::of).toList();
        Query inStories = Query.of(q -> q.bool(b -> b.must(query).filter(f -> f.terms(t -> t.field(ArticleFields.STORY_ID).terms(v -> v.value(ids))))));
        long start = System.nanoTime();
        SearchResponse<Void> response = client.search(s -> s.index(ArticleIndices.READ_ALIAS).size(0).query(inStories)
            .aggregations("stories", a -> a.terms(t -> t.field(ArticleFields.STORY_ID).size(ids.size()))
                .aggregations("first", f -> f.topHits(h -> h.size(first)
                    .sort(so -> so.field(o -> o.field(ArticleFields.PUBLISHED_AT).order(SortOrder.Asc)))
                    .source(src -> src.filter(x -> x.includes(SearchService.SHOWN)))))), Void.class);
        took.record(response.took(), System.nanoTime() - start);
        Map<String, Story> stories = new HashMap<>();
        for (StringTermsBucket bucket : response.aggregations().get("stories").sterms().buckets().array()) {
            List<Member> members = bucket.aggregations().get("first").topHits().hits().hits().stream()
                .map(StoryMembers::member).toList();
            stories.put(bucket.key().stringValue(), new Story(bucket.docCount(), members));
        }
        return stories;
    }

    private static Member member(Hit<JsonData> hit) {
        return new Member(hit.id(), hit.source().to(ArticleDocument.class));
    }
}
