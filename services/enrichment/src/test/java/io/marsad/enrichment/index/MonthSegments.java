package io.marsad.enrichment.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.CommonStatsFlag;
import co.elastic.clients.elasticsearch._types.Refresh;
import io.marsad.support.elasticsearch.ArticleIndices;

import java.io.IOException;
import java.time.YearMonth;
import java.util.Map;

/** The tests' view of a month's index by its segments: one article per segment, and how many there are. */
public final class MonthSegments {

    private MonthSegments() {
    }

    /** One article written to {@code target} (an index or the write alias) and refreshed at once: a segment of its own. */
    public static void indexOneSegment(ElasticsearchClient client, String target, long number) throws IOException {
        client.index(x -> x.index(target).id(String.format("%032x", number)).refresh(Refresh.True)
            .document(Map.of("title", "Article " + number, "body", "A month's article.", "language", "en")));
    }

    /** How many segments the month's index holds on its primary. */
    public static long segments(ElasticsearchClient client, YearMonth month) throws IOException {
        String index = ArticleIndices.indexOf(month);
        return client.indices().stats(s -> s.index(index).metric(CommonStatsFlag.Segments)).indices().get(index).primaries().segments().count();
    }

    /** Removes the months' indices, if they exist. */
    public static void drop(ElasticsearchClient client, YearMonth... months) throws IOException {
        String[] indices = java.util.Arrays.stream(months).map(ArticleIndices::indexOf).toArray(String[]::new);
        client.indices().delete(d -> d.index(java.util.List.of(indices)).ignoreUnavailable(true));
    }
}
