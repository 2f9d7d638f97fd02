package io.marsad.alerting.service;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The presearch query answered from hash maps selects exactly the stored queries the Monitor's
 * own multipass query (a conjunction over passes of {@code TermInSetQuery}s) selects: over several
 * segments, with deleted stored queries, and with terms absent from a pass.
 */
class PassTermsQueryTest {

    private static final int PASSES = 3;
    private static final List<String> FIELDS = List.of("text", "language");

    @Test
    void selectsWhatTheMultipassConjunctionSelects() throws Exception {
        Random random = new Random(7);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                for (int doc = 0; doc < 3_000; doc++) {
                    Document stored = new Document();
                    stored.add(new StringField("id", Integer.toString(doc), Field.Store.NO));
                    for (String field : FIELDS) {
                        for (int pass = 0; pass < PASSES; pass++) {
                            if (field.equals("language") && random.nextInt(3) > 0) {
                                continue; // most stored queries have no language filter
                            }
                            stored.add(new TextField(field + "_" + pass, words(random, 1 + random.nextInt(3)), Field.Store.NO));
                        }
                        stored.add(new TextField(field, words(random, 2), Field.Store.NO)); // the base field: no pass, never read
                    }
                    writer.addDocument(stored);
                    if (doc % 1_000 == 999) {
                        writer.commit(); // three segments
                    }
                }
                for (int deleted = 0; deleted < 300; deleted++) {
                    writer.deleteDocuments(new Term("id", Integer.toString(random.nextInt(3_000))));
                }
            }
            int keptBefore = PassPostings.segmentsKept();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertTrue(reader.leaves().size() >= 3 && reader.hasDeletions());
                IndexSearcher searcher = new IndexSearcher(reader);
                int nonEmpty = 0;
                for (int article = 0; article < 200; article++) {
                    Map<String, List<BytesRef>> terms = new HashMap<>();
                    terms.put("text", bytes(words(random, 5 + random.nextInt(60))));
                    if (random.nextBoolean()) {
                        terms.put("language", bytes(words(random, 1)));
                    }
                    Set<Integer> expected = documents(searcher, multipass(terms));
                    assertEquals(expected, documents(searcher, PassTermsQuery.ofTerms(PASSES, terms)), terms.toString());
                    nonEmpty += expected.isEmpty() ? 0 : 1;
                }
                assertTrue(nonEmpty > 50, "the articles select stored queries: " + nonEmpty);
                assertEquals(keptBefore + reader.leaves().size(), PassPostings.segmentsKept(), "one set of maps per segment");
            }
            assertEquals(keptBefore, PassPostings.segmentsKept(), "dropped when the segments close");
        }
    }

    @Test
    void passFieldsAreTheSuffixedOnesBelowTheNumberOfPasses() {
        assertEquals(0, PassPostings.passOf("text_0", 3));
        assertEquals(2, PassPostings.passOf("__anytokenfield_2", 3));
        assertEquals(-1, PassPostings.passOf("text_3", 3));
        assertEquals(-1, PassPostings.passOf("title_en", 3));
        assertEquals(-1, PassPostings.passOf("text", 3));
        assertEquals(-1, PassPostings.passOf("text_", 3));
    }

    /** The Monitor's multipass query, as MultipassTermFilteredPresearcher builds it. */
    private static Query multipass(Map<String, List<BytesRef>> terms) {
        BooleanQuery.Builder passes = new BooleanQuery.Builder();
        for (int pass = 0; pass < PASSES; pass++) {
            BooleanQuery.Builder fields = new BooleanQuery.Builder();
            for (Map.Entry<String, List<BytesRef>> field : terms.entrySet()) {
                fields.add(new TermInSetQuery(field.getKey() + "_" + pass, field.getValue()), BooleanClause.Occur.SHOULD);
            }
            passes.add(fields.build(), BooleanClause.Occur.MUST);
        }
        return passes.build();
    }

    private static Set<Integer> documents(IndexSearcher searcher, Query query) throws Exception {
        Set<Integer> found = new TreeSet<>();
        for (ScoreDoc hit : searcher.search(query, 10_000).scoreDocs) {
            found.add(hit.doc);
        }
        return found;
    }

    /** Words from a small vocabulary, so that stored queries and articles share some. */
    private static String words(Random random, int count) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add("w" + random.nextInt(400));
        }
        return String.join(" ", words);
    }

    private static List<BytesRef> bytes(String words) {
        return new TreeSet<>(List.of(words.split(" "))).stream().map(BytesRef::new).toList();
    }
}
