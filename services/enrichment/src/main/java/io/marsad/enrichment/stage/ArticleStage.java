package io.marsad.enrichment.stage;

import io.marsad.support.elasticsearch.ArticleDocument;

import java.util.List;

/** A stage that looks at one article at a time. */
public interface ArticleStage extends EnrichmentStage {

    ArticleDocument enrich(ArticleDocument article);

    @Override
    default List<ArticleDocument> enrich(List<ArticleDocument> batch) {
        return batch.stream().map(this::enrich).toList();
    }
}
