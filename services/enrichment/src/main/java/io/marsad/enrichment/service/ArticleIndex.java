package io.marsad.enrichment.service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.marsad.support.elasticsearch.ArticleIndices;
import io.marsad.support.elasticsearch.ClosedMonths;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Enrichment's side of the article indices (libs/elasticsearch-support {@link ArticleIndices}):
 * before each bulk request, the current month's index exists behind the write alias; at the first,
 * articles of earlier months indexed under the old layout get their language's fields. At the
 * first and whenever the month changes, the indices of months that are over are merged into one
 * segment each ({@link ClosedMonths}).
 */
@ApplicationScoped
public class ArticleIndex {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ArticleIndex.class);

    public static final String READ_ALIAS = ArticleIndices.READ_ALIAS;
    public static final String WRITE_ALIAS = ArticleIndices.WRITE_ALIAS;

    private final ElasticsearchClient client;
    private final IndexConfig config;
    private final AtomicReference<String> writeIndex = new AtomicReference<>();
    private final java.util.concurrent.atomic.AtomicBoolean oldMonthsChecked = new java.util.concurrent.atomic.AtomicBoolean();
    /** The background work the last change of month started (language fields, closed months' merges), or null. */
    private volatile Thread closedMonthsWork;

    ArticleIndex(ElasticsearchClient client, IndexConfig config) {
        this.client = client;
        this.config = config;
    }

    /** The current month's index, behind the write alias; template and index created if missing. */
    public String ensureWriteIndex() throws IOException {
        return ensureWriteIndex(YearMonth.now(ZoneOffset.UTC));
    }

    /** The given month's index as the current one (tests stand a month of their own in for it). */
    synchronized String ensureWriteIndex(YearMonth month) throws IOException {
        String wanted = ArticleIndices.indexOf(month);
        if (!wanted.equals(writeIndex.get())) {
            writeIndex.set(ArticleIndices.ensureWriteIndex(client, config.replicas(), config.refreshInterval().toMillis() + "ms", month));
            boolean firstInProcess = oldMonthsChecked.compareAndSet(false, true);
            // merged after the language fields are copied: the copy rewrites old months' articles, which would leave new segments
            closedMonthsWork = Thread.ofVirtual().name("closed-months").start(() -> {
                if (firstInProcess) {
                    fillLanguageFields();
                }
                mergeClosedMonths(month);
            });
        }
        return wanted;
    }

    /**
     * Waits for the background work the last change of month started: its copy of the language fields rewrites the
     * articles it finds without them, which leaves new segments in their month's index.
     */
    void awaitClosedMonthsWork() throws InterruptedException {
        Thread work = closedMonthsWork;
        if (work != null) {
            work.join();
        }
    }

    /** In the background: the node merges each closed month's index, one at a time, after this asks. */
    private void mergeClosedMonths(YearMonth current) {
        try {
            List<String> asked = ClosedMonths.merge(client, current);
            if (!asked.isEmpty()) {
                LOG.infof("asked Elasticsearch to merge the indices of %d closed months into one segment each: %s", asked.size(), asked);
            }
        } catch (Exception e) {
            LOG.warnf("merging the closed months' indices was not asked (%s); the next start or month asks again", e.getMessage());
        }
    }

    /** Once per process, in the background: articles of months indexed before the language fields get them. */
    private void fillLanguageFields() {
        try {
            long updated = ArticleIndices.fillLanguageFields(client);
            if (updated > 0) {
                LOG.infof("copied the text of %d articles of earlier months under their language's fields", updated);
            }
        } catch (Exception e) {
            LOG.warnf("copying earlier months' articles under their language's fields stopped (%s); the next start goes on", e.getMessage());
        }
    }
}
