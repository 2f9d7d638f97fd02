package io.marsad.alerting.service;

import io.marsad.query.QueryParser;
import io.marsad.query.lucene.LuceneArticles;
import io.marsad.query.lucene.LuceneQueryTranslator;
import io.marsad.support.elasticsearch.ArticleDocument;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A subscription's query prepared once for matching ({@link PreparedQuery}, {@link FieldDisjunction})
 * finds what the query it was prepared from finds, with the same hits for the explanation, over
 * libs/query's equivalence set (words, phrases, NEAR, NOT, wildcards, fields) with and without filters.
 */
class PreparedQueryTest {

    private static final List<List<String>> LANGUAGE_FILTERS = List.of(List.of(), List.of("en"), List.of("ar", "fa"));

    @Test
    void matchesTheArticlesAndHitsTheQueryItWasPreparedFromDoes() throws Exception {
        List<ArticleDocument> articles = EquivalenceSet.articles();
        int matched = 0;
        List<String> differences = new ArrayList<>();
        for (String text : EquivalenceSet.queries()) {
            for (List<String> languages : LANGUAGE_FILTERS) {
                Query query = LuceneQueryTranslator.withFilters(QueryParser.parse(text), languages, List.of(), List.of());
                PreparedQuery runnable = PreparedQuery.of(query);
                for (ArticleDocument article : articles) {
                    IndexSearcher searcher = articleSearcher(article);
                    Set<String> expected = hits(searcher, searcher.rewrite(query));
                    Set<String> actual = hits(searcher, runnable.prepared());
                    if (!expected.equals(actual)) {
                        differences.add(text + " " + languages + " on " + article.id() + ": " + expected + " against " + actual);
                    }
                    if (expected.contains("matched")) {
                        matched++;
                    }
                }
            }
        }
        assertEquals("", String.join("\n", differences));
        assertTrue(matched >= 100, "only " + matched + " query-article pairs matched");
    }

    @Test
    void searchesAnIndexOfManyArticlesAsTheQueryItWasPreparedFrom() throws Exception {
        List<ArticleDocument> articles = EquivalenceSet.articles();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(LuceneArticles.analyzer()))) {
            for (ArticleDocument article : articles) {
                writer.addDocument(LuceneArticles.document(article));
            }
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            int found = 0;
            for (String text : EquivalenceSet.queries()) {
                Query query = LuceneQueryTranslator.translate(QueryParser.parse(text));
                Set<Integer> expected = documents(searcher, query, articles.size());
                assertEquals(expected, documents(searcher, PreparedQuery.of(query), articles.size()), text);
                found += expected.size();
            }
            assertTrue(found >= 100, "only " + found + " hits in all");
        }
    }

    @Test
    void aDisjunctionSetsUpNothingForAFieldTheArticleDoesNotHave() throws Exception {
        MemoryIndex article = new MemoryIndex(true);
        article.addField("body", "Putin met Kim", LuceneArticles.analyzer());
        IndexSearcher searcher = article.createSearcher();
        FieldDisjunction disjunction = new FieldDisjunction(List.of(new TermQuery(new Term("body", "putin")), new NotToBeWeighed("body_ar")), 0f);

        Weight weight = searcher.createWeight(disjunction, ScoreMode.COMPLETE_NO_SCORES, 1);

        assertTrue(weight.matches(searcher.getIndexReader().leaves().get(0), 0) != null);
        assertEquals(1, searcher.count(new FieldDisjunction(List.of(new PrefixQuery(new Term("body", "kim"))), 0f).rewrite(searcher)));
    }

    @Test
    void aDisjunctThatMatchesWithoutItsFieldIsKept() throws Exception {
        MemoryIndex article = new MemoryIndex(true);
        article.addField("body", "Putin met Kim", LuceneArticles.analyzer());
        IndexSearcher searcher = article.createSearcher();
        Query everythingButX = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER)
            .add(new TermQuery(new Term("body_ar", "x")), Occur.MUST_NOT).build();

        FieldDisjunction disjunction = new FieldDisjunction(List.of(new TermQuery(new Term("body", "absent")), everythingButX), 0f);

        assertEquals(1, searcher.count(disjunction));
    }

    @Test
    void aWildcardInsideADisjunctionIsRewrittenAgainstTheArticle() throws Exception {
        MemoryIndex article = new MemoryIndex(true);
        article.addField("body", "sanctions were lifted", LuceneArticles.analyzer());
        IndexSearcher searcher = article.createSearcher();
        Query wildcards = new DisjunctionMaxQuery(List.of(new PrefixQuery(new Term("body", "sanc")), new PrefixQuery(new Term("title", "sanc"))), 0f);

        assertEquals(1, searcher.count(PreparedQuery.of(wildcards)));
    }

    /** A query in one field that fails the test if anything sets up its weight. */
    private static final class NotToBeWeighed extends Query {
        private final String field;

        NotToBeWeighed(String field) {
            this.field = field;
        }

        @Override
        public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
            throw new AssertionError("a weight was set up for " + field + ", which the article does not have");
        }

        @Override
        public void visit(QueryVisitor visitor) {
            if (visitor.acceptField(field)) {
                visitor.consumeTerms(this, new Term(field, "x"));
            }
        }

        @Override
        public String toString(String ignored) {
            return field + ":x";
        }

        @Override
        public boolean equals(Object other) {
            return sameClassAs(other) && field.equals(((NotToBeWeighed) other).field);
        }

        @Override
        public int hashCode() {
            return classHash() ^ field.hashCode();
        }
    }

    /** The article's in-memory index, as the Monitor builds it (offsets kept for the explanation). */
    private static IndexSearcher articleSearcher(ArticleDocument article) {
        MemoryIndex index = MemoryIndex.fromDocument(LuceneArticles.document(article), LuceneArticles.analyzer(), true, false);
        return index.createSearcher();
    }

    /** "matched" and every hit's field and offsets, or nothing when the query does not match. */
    private static Set<String> hits(IndexSearcher searcher, Query query) throws IOException {
        Weight weight = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1);
        LeafReaderContext leaf = searcher.getIndexReader().leaves().get(0);
        Matches matches = weight.matches(leaf, 0);
        Set<String> hits = new TreeSet<>();
        if (matches == null) {
            return hits;
        }
        hits.add("matched");
        for (String field : matches) {
            MatchesIterator match = matches.getMatches(field);
            while (match != null && match.next()) {
                MatchesIterator parts = match.getSubMatches();
                if (parts == null) {
                    hits.add(field + " " + match.startOffset() + "-" + match.endOffset());
                } else {
                    while (parts.next()) {
                        hits.add(field + " " + parts.startOffset() + "-" + parts.endOffset());
                    }
                }
            }
        }
        return hits;
    }

    private static Set<Integer> documents(IndexSearcher searcher, Query query, int size) throws IOException {
        Set<Integer> documents = new TreeSet<>();
        for (ScoreDoc hit : searcher.search(query, size).scoreDocs) {
            documents.add(hit.doc);
        }
        return documents;
    }
}
