package io.marsad.enrichment.stage;

import io.marsad.support.elasticsearch.ArticleDocument;

import java.util.List;

/**
 * One step of enrichment, as StormCrawler's parse filters are: it takes the typed articles of a
 * batch and returns them, in the same order, with what it adds. Stages run in the order of
 * {@link EnrichmentChain}; each sees what the earlier ones added. A stage works on the whole batch
 * because some need it (keyword statistics, stories within the batch); the rest use
 * {@link ArticleStage}.
 */
public interface EnrichmentStage {

    List<ArticleDocument> enrich(List<ArticleDocument> batch) throws Exception;
}
