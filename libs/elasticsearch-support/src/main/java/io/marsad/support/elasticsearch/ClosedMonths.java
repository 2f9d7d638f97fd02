package io.marsad.support.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.segments.IndexSegment;
import co.elastic.clients.elasticsearch.indices.segments.Segment;

import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The indices of months that are over. Once the write alias has moved on, a month's index takes
 * only the odd update of an article it holds, and is searched far more than written: merged into
 * one segment, each search opens one segment per month instead of several, and costs the node less
 * time and less garbage (docs/query-language.md#latency). Elasticsearch advises merging an index
 * this way only once it is no longer written to, which is what a closed month is. The article
 * template gives each month one shard, so one segment is the whole index's.
 */
public final class ClosedMonths {

    private ClosedMonths() {}

    /**
     * Below this share of a month's articles, what lies outside its largest segment is left to the
     * node's own merges: one re-sent article should not rewrite a whole month.
     */
    static final double SMALL_REST = 0.01;

    /**
     * The indices of months before {@code current} that hold more than one segment, with at least
     * {@link #SMALL_REST} of their articles outside the largest (a month just over, or rewritten).
     */
    public static List<String> unmerged(ElasticsearchClient client, YearMonth current) throws IOException {
        Map<String, IndexSegment> indices = client.indices().segments(s -> s.index(ArticleIndices.ALL_MONTHS)).indices();
        return indices.entrySet().stream()
            .filter(index -> ArticleIndices.monthOf(index.getKey()).filter(month -> month.isBefore(current)).isPresent())
            .filter(index -> worthMerging(index.getValue()))
            .map(Map.Entry::getKey).sorted().toList();
    }

    private static boolean worthMerging(IndexSegment index) {
        List<Long> articlesPerSegment = index.shards().values().stream().flatMap(List::stream)
            .filter(shard -> shard.routing() == null || shard.routing().primary())
            .flatMap(shard -> shard.segments().values().stream())
            .filter(Segment::search).map(Segment::numDocs).toList();
        if (articlesPerSegment.size() < 2) {
            return false;
        }
        long all = articlesPerSegment.stream().mapToLong(Long::longValue).sum();
        long largest = articlesPerSegment.stream().mapToLong(Long::longValue).max().orElse(0);
        return all - largest >= SMALL_REST * all;
    }

    /**
     * Asks the node to merge each closed month's index that is {@link #unmerged} into one segment,
     * and returns those indices. The node merges in the background, one shard at a time (its
     * {@code force_merge} pool); {@link #unmerged} is empty once it is done.
     */
    public static List<String> merge(ElasticsearchClient client, YearMonth current) throws IOException {
        List<String> unmerged = unmerged(client, current);
        if (!unmerged.isEmpty()) {
            client.indices().forcemerge(f -> f.index(unmerged).maxNumSegments(1L).waitForCompletion(false));
        }
        return unmerged;
    }
}
