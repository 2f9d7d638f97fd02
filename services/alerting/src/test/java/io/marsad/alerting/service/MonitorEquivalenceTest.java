package io.marsad.alerting.service;

import io.marsad.query.QueryParser;
import io.marsad.query.lucene.LuceneArticles;
import io.marsad.query.lucene.LuceneQueryTranslator;
import io.marsad.support.elasticsearch.ArticleDocument;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Alerting's Monitor matches what the Lucene translation matches in an index, query for query: the
 * 77 queries of libs/query's equivalence set (which search's Elasticsearch translation matches
 * identically on a real node) registered as subscriptions, the same 26 articles matched one by one
 * through the presearcher and the Monitor's in-memory document. Together with
 * {@code TranslatorEquivalenceTest}, an alert fires exactly when search finds the article.
 */
class MonitorEquivalenceTest {

    @Test
    void theMonitorLosesNoMatchAndAddsNone() throws Exception {
        List<ArticleDocument> articles = EquivalenceSet.articles();
        List<String> queries = EquivalenceSet.queries();
        assertTrue(queries.size() >= 40 && articles.size() >= 20, queries.size() + " queries, " + articles.size() + " articles");

        SubscriptionMatcher matcher = new SubscriptionMatcher();
        List<SubscriptionMatcher.Stored> stored = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            stored.add(new SubscriptionMatcher.Stored(i, queries.get(i), List.of(), List.of(), List.of()));
        }
        matcher.put(stored);
        Map<Integer, Set<String>> byMonitor = new TreeMap<>();
        for (ArticleDocument article : articles) {
            for (SubscriptionMatcher.Match match : matcher.match(article).found()) {
                byMonitor.computeIfAbsent((int) match.subscriptionId(), k -> new TreeSet<>()).add(article.id());
            }
        }

        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(LuceneArticles.analyzer()))) {
            for (ArticleDocument article : articles) {
                writer.addDocument(LuceneArticles.document(article));
            }
        }
        List<String> differences = new ArrayList<>();
        int matching = 0;
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (int i = 0; i < queries.size(); i++) {
                Set<String> inIndex = new TreeSet<>();
                for (ScoreDoc hit : searcher.search(LuceneQueryTranslator.translate(QueryParser.parse(queries.get(i))), articles.size()).scoreDocs) {
                    inIndex.add(searcher.storedFields().document(hit.doc).get(LuceneArticles.ID));
                }
                Set<String> inMonitor = byMonitor.getOrDefault(i, Set.of());
                if (!inIndex.equals(inMonitor)) {
                    differences.add(queries.get(i) + "\n    index   " + inIndex + "\n    Monitor " + inMonitor);
                }
                if (!inIndex.isEmpty()) {
                    matching++;
                }
            }
        }
        assertEquals("", String.join("\n", differences), differences.size() + " of " + queries.size() + " queries differ");
        assertTrue(matching >= queries.size() - 6, "only " + matching + " queries match anything");
    }
}
