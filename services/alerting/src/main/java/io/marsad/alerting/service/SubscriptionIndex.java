package io.marsad.alerting.service;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stored subscriptions, indexed by the presearcher's terms, as Lucene's Monitor keeps its
 * query index, but with each segment's subscriptions at hand by document number. For each
 * candidate the Monitor's collector read two ids from doc values (decompressing a block of the
 * terms dictionary each time), turned them into strings and looked the query up in a concurrent
 * map: a third of the matching time on the broad set, where an article has thousands of
 * candidates. Here a segment's documents map to their prepared queries in an array, built when an
 * article first meets the segment (a segment never changes) and dropped with it.
 */
final class SubscriptionIndex implements Closeable {

    /** Run for each candidate: its subscription id and prepared query. */
    interface Candidate {
        void run(long id, PreparedQuery query) throws IOException;
    }

    /** A segment's subscriptions by document number (null for a document whose subscription is gone). */
    private record SegmentQueries(long[] ids, PreparedQuery[] queries) {}

    private static final String ID = "_subscription";
    private static final String ID_VALUE = "_subscription_id";

    private final Presearcher presearcher;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** The current version of each stored subscription. */
    private final Map<Long, PreparedQuery> current = new ConcurrentHashMap<>();
    private final PerSegment<SegmentQueries> bySegment = new PerSegment<>();

    SubscriptionIndex(Presearcher presearcher) {
        this.presearcher = presearcher;
        try {
            this.writer = new IndexWriter(new ByteBuffersDirectory(), fewSegments());
            this.searchers = new SearcherManager(writer, true, true, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an index in memory
        }
    }

    /**
     * Keeps the index in few segments. The presearcher looks up each of an article's words in every
     * segment, so the five segments of 100,000 subscriptions registered in batches cost a third of
     * the matching time that one segment does not (docs/alerting.md#performance); merging them took
     * about a second. Segments under the floor count as the floor's size, so the small segments a
     * subscription change at a time adds are soon merged too.
     */
    private static IndexWriterConfig fewSegments() {
        TieredMergePolicy merges = new TieredMergePolicy();
        merges.setSegmentsPerTier(2);
        merges.setFloorSegmentMB(64);
        // merged before a commit returns, so the searcher opened after it sees them (a background merge that ends later
        // waited for the next subscription change: in a trial, five segments instead of two and half the speed)
        return new IndexWriterConfig(new KeywordAnalyzer()).setMergePolicy(merges).setMergeScheduler(new SerialMergeScheduler());
    }

    /** Stores the subscriptions, replacing earlier versions of the same ids; in effect for articles matched after it returns. */
    synchronized void put(Map<Long, PreparedQuery> subscriptions) throws IOException {
        current.putAll(subscriptions); // before any segment that holds them can be searched
        for (Map.Entry<Long, PreparedQuery> subscription : subscriptions.entrySet()) {
            Document document = presearcher.indexQuery(subscription.getValue(), Map.of());
            String id = Long.toString(subscription.getKey());
            document.add(new StringField(ID, id, Field.Store.NO));
            document.add(new NumericDocValuesField(ID_VALUE, subscription.getKey()));
            writer.updateDocument(new Term(ID, id), document);
        }
        publish();
    }

    synchronized void remove(Collection<Long> ids) throws IOException {
        for (long id : ids) {
            writer.deleteDocuments(new Term(ID, Long.toString(id)));
        }
        publish();
        ids.forEach(current::remove); // after: a segment read meanwhile still finds what it holds
    }

    private void publish() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    int size() {
        return current.size();
    }

    /** Runs every stored subscription the presearcher picks for the article; answers how many it picked. */
    int candidates(LeafReader article, Candidate candidate) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Collector collector = new Collector(candidate);
            searcher.search(presearcher.buildQuery(article, (field, term) -> true), collector);
            return collector.count;
        } finally {
            searchers.release(searcher);
        }
    }

    private final class Collector extends SimpleCollector {

        private final Candidate candidate;
        private SegmentQueries segment;
        private int count;

        Collector(Candidate candidate) {
            this.candidate = candidate;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            segment = bySegment.of(context.reader(), SubscriptionIndex.this::read);
        }

        @Override
        public void collect(int doc) throws IOException {
            PreparedQuery query = segment.queries()[doc];
            if (query != null) {
                count++;
                candidate.run(segment.ids()[doc], query);
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    private SegmentQueries read(LeafReader segment) {
        long[] ids = new long[segment.maxDoc()];
        PreparedQuery[] queries = new PreparedQuery[segment.maxDoc()];
        try {
            NumericDocValues values = segment.getNumericDocValues(ID_VALUE);
            for (int doc = 0; values != null && doc < segment.maxDoc(); doc++) {
                if (values.advanceExact(doc)) {
                    ids[doc] = values.longValue();
                    queries[doc] = current.get(ids[doc]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an index in memory
        }
        return new SegmentQueries(ids, queries);
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        writer.getDirectory().close();
    }
}
