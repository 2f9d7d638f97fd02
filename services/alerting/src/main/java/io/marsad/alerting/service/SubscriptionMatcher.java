package io.marsad.alerting.service;

import io.marsad.query.QueryParser;
import io.marsad.query.lucene.LuceneArticles;
import io.marsad.query.lucene.LuceneQueryTranslator;
import io.marsad.support.elasticsearch.ArticleDocument;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every active subscription of every user as a stored query (libs/query's Lucene translation over
 * the libs/text analysis, so a subscription matches exactly what search would find with the same
 * query and filters), matched as Lucene's Monitor does: an article is matched against all of them
 * at once, the presearcher picks the few whose terms occur in it, and only those are run. The
 * Monitor's presearcher and in-memory document are used as they are; the query index is our own
 * ({@link SubscriptionIndex}), each subscription stored whole (the Monitor's default split a
 * disjunction into one stored query per clause: a Marsad query is a disjunction over the analysed
 * fields of every word, so splitting registered three times slower and ran almost four times as
 * many candidates per article).
 */
@ApplicationScoped
public class SubscriptionMatcher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SubscriptionMatcher.class);

    /** A subscription's matching definition, as the follower reads it. */
    public record Stored(long id, String query, List<String> languages, List<String> sources, List<String> entities) {}

    /** A subscription the article matched, with where in the article. */
    public record Match(long subscriptionId, Explanation explanation) {}

    /** The subscriptions an article matched, and how many the presearcher had picked to run against it. */
    public record Matches(List<Match> found, int candidates) {}

    static {
        // Lucene here only ever searches one article's in-memory index, or the query index with a new presearcher query:
        // nothing a query cache could reuse, and caching cost a tenth of the matching time (docs/alerting.md#performance).
        IndexSearcher.setDefaultQueryCache(null);
    }

    /**
     * On 250,000 selective subscriptions, two passes ran about six times as many as matched; three, four and a half times,
     * for a fifth more articles a second; four, no fewer; one was far slower (docs/alerting.md#performance).
     */
    static final int PRESEARCH_PASSES = 3;

    private final Analyzer analyzer = LuceneArticles.analyzer();
    // three passes over the query terms: a candidate has three of a subscription's terms where it has that many (a phrase and
    // a word, or a language filter); the text's analysed fields as one; wildcards by their prefixes (docs/alerting.md#performance)
    private final SubscriptionIndex index = new SubscriptionIndex(new OneTextFieldPresearcher(PRESEARCH_PASSES));

    /** Public for the alerting benchmark (bench), which measures this very matcher outside the service. */
    public SubscriptionMatcher() {}

    /** Registers the subscriptions, replacing earlier versions of the same ids. */
    public void put(List<Stored> subscriptions) throws IOException {
        Map<Long, PreparedQuery> queries = new LinkedHashMap<>();
        for (Stored subscription : subscriptions) {
            try {
                queries.put(subscription.id(), PreparedQuery.of(LuceneQueryTranslator.withFilters(
                    QueryParser.parse(subscription.query()), subscription.languages(), subscription.sources(), subscription.entities())));
            } catch (RuntimeException e) {
                // stored queries were checked when saved; one that no longer parses must not stop the others
                LOG.errorf("subscription %d is not matched: its query %s does not parse: %s", subscription.id(), subscription.query(), e.getMessage());
                remove(List.of(subscription.id()));
            }
        }
        if (!queries.isEmpty()) {
            index.put(queries);
        }
    }

    public void remove(List<Long> ids) throws IOException {
        if (!ids.isEmpty()) {
            index.remove(ids);
        }
    }

    public int size() {
        return index.size();
    }

    /** The subscriptions the article matches, each with its explanation. */
    public Matches match(ArticleDocument article) throws IOException {
        try (LeafReader indexed = inMemory(article)) {
            OffsetsMatch.Matcher matcher = new OffsetsMatch.Matcher(new IndexSearcher(indexed));
            List<Match> found = new ArrayList<>();
            int candidates = index.candidates(indexed, (id, query) -> {
                try {
                    OffsetsMatch match = matcher.match(query);
                    if (match != null) {
                        found.add(new Match(id, Explanation.of(article, match)));
                    }
                } catch (RuntimeException e) {
                    // one subscription's failure must not cost the article its other alerts
                    LOG.errorf("subscription %d failed on article %s: %s", id, article.id(), e.toString());
                }
            });
            return new Matches(found, candidates);
        }
    }

    /** The article's in-memory index, as the Monitor builds it (offsets kept for the explanation). */
    private LeafReader inMemory(ArticleDocument article) {
        MemoryIndex index = new MemoryIndex(true, true);
        for (IndexableField field : LuceneArticles.document(article)) {
            index.addField(field, analyzer);
        }
        index.freeze();
        return (LeafReader) index.createSearcher().getIndexReader();
    }

    @PreDestroy
    @Override
    public void close() throws IOException {
        index.close();
    }
}
