package io.marsad.search.service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.marsad.support.elasticsearch.ArticleDocument;
import io.marsad.support.elasticsearch.ArticleFields;
import io.marsad.support.elasticsearch.ArticleIndices;

import java.io.IOException;
import java.util.List;

/**
 * Reads every article a query matches, newest first, page by page, through a point in time and
 * {@code search_after}: a consistent view however deep it goes, without Elasticsearch's 10,000-hit
 * window. The point in time is closed when done.
 */
public final class ArticleScroll implements AutoCloseable {

    /** One page: the articles and where the next one starts (null after the last). */
    public record Page(List<Hit<ArticleDocument>> hits, List<FieldValue> next) {}

    static final String KEEP_ALIVE = "2m";

    private final ElasticsearchClient client;
    private final Query query;
    private final String pit;

    public ArticleScroll(ElasticsearchClient client, Query query) throws IOException {
        this(client, query, client.openPointInTime(p -> p.index(ArticleIndices.READ_ALIAS).keepAlive(t -> t.time(KEEP_ALIVE))).id());
    }

    /** Continues on a point in time opened before (a client's cursor). */
    public ArticleScroll(ElasticsearchClient client, Query query, String pit) {
        this.client = client;
        this.query = query;
        this.pit = pit;
    }

    public String pit() {
        return pit;
    }

    /** The page after {@code after} (null for the first). */
    public Page page(List<FieldValue> after, int size) throws IOException {
        SearchResponse<ArticleDocument> response = client.search(s -> {
            s.pit(p -> p.id(pit).keepAlive(t -> t.time(KEEP_ALIVE))).query(query).size(size).trackTotalHits(t -> t.enabled(false))
                .sort(so -> so.field(f -> f.field(ArticleFields.PUBLISHED_AT).order(SortOrder.Desc).missing(FieldValue.of("_last"))))
                .sort(so -> so.field(f -> f.field("_shard_doc").order(SortOrder.Desc)));
            if (after != null && !after.isEmpty()) {
                s.searchAfter(after);
            }
            return s;
        }, ArticleDocument.class);
        List<Hit<ArticleDocument>> hits = response.hits().hits();
        List<FieldValue> next = hits.size() < size ? null : hits.get(hits.size() - 1).sort();
        return new Page(hits, next);
    }

    @Override
    public void close() throws IOException {
        client.closePointInTime(c -> c.id(pit));
    }
}
