package io.marsad.enrichment.service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.marsad.support.elasticsearch.ArticleIndices;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Enrichment's side of the article indices (libs/elasticsearch-support {@link ArticleIndices}):
 * before each bulk request, the current month's index exists behind the write alias.
 */
@ApplicationScoped
public class ArticleIndex {

    public static final String READ_ALIAS = ArticleIndices.READ_ALIAS;
    public static final String WRITE_ALIAS = ArticleIndices.WRITE_ALIAS;

    private final ElasticsearchClient client;
    private final IndexConfig config;
    private final AtomicReference<String> writeIndex = new AtomicReference<>();

    ArticleIndex(ElasticsearchClient client, IndexConfig config) {
        this.client = client;
        this.config = config;
    }

    /** The current month's index, behind the write alias; template and index created if missing. */
    public synchronized String ensureWriteIndex() throws IOException {
        YearMonth month = YearMonth.now(ZoneOffset.UTC);
        String wanted = ArticleIndices.indexOf(month);
        if (!wanted.equals(writeIndex.get())) {
            writeIndex.set(ArticleIndices.ensureWriteIndex(client, config.replicas(), month));
        }
        return wanted;
    }
}
