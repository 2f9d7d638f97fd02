package io.marsad.search.service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.marsad.support.elasticsearch.ArticleFields;
import io.marsad.support.elasticsearch.ArticleIndices;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When the archive's earliest article was published, so that a search without a start date gets a
 * timeline whose interval fits the archive (weeks over two years, not seven hundred days). Asked of
 * Elasticsearch at most once a {@link #KEPT}: a backfilled older article widens it a minute later.
 */
@ApplicationScoped
public class ArchiveStart {

    static final Duration KEPT = Duration.ofMinutes(1);

    private final ElasticsearchClient client;
    private volatile Known known;

    private record Known(Optional<Instant> start, Instant askedAt) {}

    ArchiveStart(ElasticsearchClient client) {
        this.client = client;
    }

    /** The earliest publication time of any indexed article; empty while nothing is indexed. */
    public Optional<Instant> get(ElasticsearchTime.Recorder took) throws IOException {
        Known current = known;
        Instant now = Instant.now();
        if (current == null || current.askedAt().plus(KEPT).isBefore(now)) {
            current = new Known(ask(took), now);
            known = current;
        }
        return current.start();
    }

    private Optional<Instant> ask(ElasticsearchTime.Recorder took) throws IOException {
        SearchResponse<Void> response;
        long start = System.nanoTime();
        try {
            // a min over the whole field: Elasticsearch reads it from each segment's points, not from the documents
            response = client.search(s -> s.index(ArticleIndices.READ_ALIAS).size(0).trackTotalHits(t -> t.enabled(false))
                .aggregations("first", a -> a.min(m -> m.field(ArticleFields.PUBLISHED_AT))), Void.class);
        } catch (ElasticsearchException e) {
            if (SearchService.noArticleIndex(e)) {
                return Optional.empty();
            }
            throw e;
        }
        took.record(response.took(), System.nanoTime() - start);
        Double first = response.aggregations().get("first").min().value();
        return first == null || first.isInfinite() || first.isNaN() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(first.longValue()));
    }
}
