package io.marsad.enrichment.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code marsad.index.*} */
@ConfigMapping(prefix = "marsad.index")
public interface IndexConfig {

    /** Replicas per article index: 0 on a single development node, at least 1 on a cluster. */
    @WithDefault("1")
    int replicas();

    /**
     * How often the article indices are refreshed: the longest an indexed article waits before
     * search finds it. Each refresh writes a small segment that Elasticsearch merges again later;
     * at 1s these flushes and merges took a fifth of the node's indexing CPU more than at 5s
     * (docs/text-analysis.md#throughput). Alerts are matched before indexing and do not wait for it.
     */
    @WithDefault(io.marsad.support.elasticsearch.ArticleIndices.DEFAULT_REFRESH_INTERVAL)
    java.time.Duration refreshInterval();

    /** Articles per bulk request. */
    @WithDefault("200")
    int batchSize();

    /**
     * Batches enriched and indexed at once, each leased by its own worker: while one batch waits for
     * Elasticsearch another is enriched, so the service and the node keep both busy.
     */
    @WithDefault("2")
    int workers();

    /**
     * How long an indexer holds the articles it leased: after a crash they wait this long before
     * another indexer takes them. The lease is renewed while the batch is indexed, so it need not
     * outlast the slowest batch.
     */
    @WithDefault("30s")
    java.time.Duration lease();

    /** How often the indexer looks for accepted articles ({@link IndexingScheduler}). */
    @WithDefault("2s")
    java.time.Duration every();

    /** The pause after start-up before indexing and relaying to alerting begin. */
    @WithDefault("10s")
    java.time.Duration startDelay();

    /** Keywords extracted per article (TF-IDF), besides the page's own tags. */
    @WithDefault("10")
    int keywords();

    /**
     * One article in this many is counted into the document frequencies keywords are weighed by
     * (the same ones always, by id): the ratio of a word's articles to all articles, which is what
     * the weight uses, comes out the same, for a quarter of the database writes.
     */
    @WithDefault("4")
    int keywordStatisticsSample();

    /**
     * How long document frequencies read for one batch are used for the next ones before they are
     * read again (0: every batch reads them all): a word's share of the articles moves slowly, and
     * reading them was a third of the database's time per article.
     */
    @WithDefault("60s")
    java.time.Duration keywordStatisticsKept();

    /**
     * How often the stems of the articles counted since are added to the document frequencies
     * ({@link KeywordStatisticsFolder}): summed over many articles, a frequent stem is one row
     * update instead of one per article (for 1,800 articles folded at once, a third of the database's
     * time it took one batch at a time). Keywords are weighed without the articles of the last beat.
     */
    @WithDefault("30s")
    java.time.Duration keywordStatisticsFoldEvery();
}
