package io.marsad.support.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.CommonStatsFlag;
import co.elastic.clients.elasticsearch.indices.stats.IndicesStats;

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

    /** The indices of months before {@code current} that hold more than one segment. */
    public static List<String> unmerged(ElasticsearchClient client, YearMonth current) throws IOException {
        Map<String, IndicesStats> indices = client.indices().stats(s -> s.index(ArticleIndices.ALL_MONTHS).metric(CommonStatsFlag.Segments)).indices();
        return indices.entrySet().stream()
            .filter(index -> ArticleIndices.monthOf(index.getKey()).filter(month -> month.isBefore(current)).isPresent())
            .filter(index -> index.getValue().primaries().segments().count() > 1)
            .map(Map.Entry::getKey).sorted().toList();
    }

    /**
     * Asks the node to merge each closed month's index of more than one segment into one, and
     * returns those indices. The node merges in the background, one shard at a time (its
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
