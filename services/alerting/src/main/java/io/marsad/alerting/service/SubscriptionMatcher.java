package io.marsad.alerting.service;

import io.marsad.query.QueryParser;
import io.marsad.query.lucene.LuceneArticles;
import io.marsad.query.lucene.LuceneQueryTranslator;
import io.marsad.support.elasticsearch.ArticleDocument;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorConfiguration;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.QueryDecomposer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every active subscription of every user as a stored query in Lucene's Monitor (libs/query's
 * Lucene translation over the libs/text analysis, so a subscription matches exactly what search
 * would find with the same query and filters). An article is matched against all of them at once:
 * the presearcher picks the few whose terms occur in it, and only those are run.
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

    private final Monitor monitor;

    /** Public for the alerting benchmark (bench), which measures this very matcher outside the service. */
    public SubscriptionMatcher() {
        try {
            // three passes over the query terms: a candidate has three of a subscription's terms where it has that many (a
            // phrase and a word, or a language filter); the text's analysed fields as one; wildcards by their prefixes; each
            // subscription stored whole (docs/alerting.md#performance)
            this.monitor = new Monitor(LuceneArticles.analyzer(), new OneTextFieldPresearcher(PRESEARCH_PASSES),
                new FewSegments().setQueryDecomposer(new WholeQueries()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Registers the subscriptions, replacing earlier versions of the same ids. */
    public void put(List<Stored> subscriptions) throws IOException {
        List<MonitorQuery> queries = new ArrayList<>(subscriptions.size());
        for (Stored subscription : subscriptions) {
            try {
                queries.add(new MonitorQuery(Long.toString(subscription.id()), PreparedQuery.of(LuceneQueryTranslator.withFilters(
                    QueryParser.parse(subscription.query()), subscription.languages(), subscription.sources(), subscription.entities())),
                    subscription.query(), Map.of()));
            } catch (RuntimeException e) {
                // stored queries were checked when saved; one that no longer parses must not stop the others
                LOG.errorf("subscription %d is not matched: its query %s does not parse: %s", subscription.id(), subscription.query(), e.getMessage());
                remove(List.of(subscription.id()));
            }
        }
        if (!queries.isEmpty()) {
            monitor.register(queries);
        }
    }

    public void remove(List<Long> ids) throws IOException {
        if (!ids.isEmpty()) {
            monitor.deleteById(ids.stream().map(id -> Long.toString(id)).toList());
        }
    }

    public int size() throws IOException {
        return monitor.getQueryCount();
    }

    /** The subscriptions the article matches, each with its explanation. */
    public Matches match(ArticleDocument article) throws IOException {
        MatchingQueries<OffsetsMatch> matches = monitor.match(LuceneArticles.document(article), OffsetsMatch.MATCHER);
        matches.getErrors().forEach((id, error) -> LOG.errorf("subscription %s failed on article %s: %s", id, article.id(), error.toString()));
        List<Match> found = new ArrayList<>(matches.getMatchCount());
        for (OffsetsMatch match : matches.getMatches()) {
            found.add(new Match(Long.parseLong(match.getQueryId()), Explanation.of(article, match)));
        }
        return new Matches(found, matches.getQueriesRun());
    }

    @PreDestroy
    @Override
    public void close() throws IOException {
        monitor.close();
    }

    /**
     * Keeps the Monitor's query index in few segments. The presearcher looks up each of an
     * article's words in every segment, so the five segments of 100,000 subscriptions registered in
     * batches cost a third of the matching time that one segment does not (docs/alerting.md#performance);
     * merging them took about a second. Segments under the floor count as the floor's size, so the
     * small segments a subscription change at a time adds are soon merged too.
     */
    private static final class FewSegments extends MonitorConfiguration {
        @Override
        protected IndexWriterConfig getIndexWriterConfig() {
            TieredMergePolicy merges = new TieredMergePolicy();
            merges.setSegmentsPerTier(2);
            merges.setFloorSegmentMB(64);
            // merged before a commit returns, so the searcher the Monitor opens after it sees them (a background merge that ends
            // later waited for the next subscription change: in a trial, five segments instead of two and half the speed)
            return super.getIndexWriterConfig().setMergePolicy(merges).setMergeScheduler(new SerialMergeScheduler());
        }
    }

    /**
     * Stores each subscription as one query. The Monitor's default splits a disjunction into one
     * stored query per clause; a Marsad query is a disjunction over the analysed fields of every
     * word, so splitting registered three times slower and ran almost four times as many candidates
     * per article, for no gain in matching time.
     */
    private static final class WholeQueries extends QueryDecomposer {
        @Override
        public Set<Query> decompose(Query query) {
            return Set.of(query);
        }
    }
}
