package io.marsad.enrichment.client;

import java.util.List;

/** A batch of indexed articles for the alerting service. */
public record EnrichedArticleBatch(List<EnrichedArticle> articles) {}
