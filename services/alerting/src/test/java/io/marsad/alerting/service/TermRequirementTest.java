package io.marsad.alerting.service;

import io.marsad.query.QueryParser;
import io.marsad.query.lucene.LuceneArticles;
import io.marsad.query.lucene.LuceneQueryTranslator;
import io.marsad.support.elasticsearch.ArticleDocument;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The check a candidate passes before its query is run ({@link TermRequirement} over
 * {@link ArticleTerms}) never sets aside a subscription that matches, and does set aside those
 * that lack a needed word or have a phrase's words apart.
 */
class TermRequirementTest {

    private static final List<List<String>> LANGUAGE_FILTERS = List.of(List.of(), List.of("en"), List.of("ar", "fa"));

    @Test
    void neverSetsAsideAQueryThatMatchesAndSetsAsideMostThatDoNot() throws Exception {
        List<String> wronglySetAside = new ArrayList<>();
        int matched = 0;
        int notMatched = 0;
        int setAside = 0;
        for (ArticleDocument article : EquivalenceSet.articles()) {
            MemoryIndex index = MemoryIndex.fromDocument(LuceneArticles.document(article), LuceneArticles.analyzer(), true, false);
            IndexSearcher searcher = index.createSearcher();
            ArticleTerms terms = ArticleTerms.of(searcher.getIndexReader());
            for (String text : EquivalenceSet.queries()) {
                for (List<String> languages : LANGUAGE_FILTERS) {
                    PreparedQuery query = PreparedQuery.of(LuceneQueryTranslator.withFilters(QueryParser.parse(text), languages, List.of(), List.of()));
                    boolean matches = searcher.count(query) > 0;
                    boolean mayMatch = query.mayMatch(terms);
                    if (matches) {
                        matched++;
                        if (!mayMatch) {
                            wronglySetAside.add(text + " " + languages + " on " + article.id());
                        }
                    } else {
                        notMatched++;
                        setAside += mayMatch ? 0 : 1;
                    }
                }
            }
        }
        assertEquals("", String.join("\n", wronglySetAside));
        assertTrue(matched >= 100, "only " + matched + " query-article pairs matched");
        assertTrue(setAside > notMatched / 2, "only " + setAside + " of " + notMatched + " pairs that do not match were set aside");
    }

    @Test
    void aPhraseNeedsItsWordsNextToEachOther() throws Exception {
        ArticleTerms article = article("the minister visited the port before the deal");

        assertTrue(mayMatch(phrase("visited", 2, "port"), article), "a stop word apart, as the phrase has them");
        assertFalse(mayMatch(phrase("visited", 1, "port"), article), "the same words, nearer than the article has them");
        assertFalse(mayMatch(phrase("minister", 1, "port"), article), "both words, but apart");
        assertFalse(mayMatch(phrase("port", 2, "visited"), article), "both words, in the other order");
        assertTrue(mayMatch(phrase("minister", 1, "visited"), article));
        assertFalse(mayMatch(phrase("minister", 1, "sanctions"), article), "a word the article lacks");
    }

    @Test
    void aWordIsLookedForInWhicheverFieldWithinADisjunctionAndInItsOwnFieldOtherwise() throws Exception {
        ArticleTerms article = article("the minister visited the port");

        assertTrue(mayMatch(new FieldDisjunction(List.of(new TermQuery(new Term("title", "minister"))), 0f), article));
        assertFalse(mayMatch(new TermQuery(new Term("title", "minister")), article));
        assertTrue(mayMatch(new TermQuery(new Term("body", "minister")), article));
    }

    @Test
    void anExcludedWordIsLeftToTheQueryAndOptionalClausesCountAsTheQuerySays() throws Exception {
        ArticleTerms article = article("the minister visited the port");

        Query portButNotMinister = new BooleanQuery.Builder().add(term("port"), Occur.FILTER).add(term("minister"), Occur.MUST_NOT).build();
        assertTrue(mayMatch(portButNotMinister, article), "the query, run, says no: the check only ever asks for terms");
        Query twoOfThree = new BooleanQuery.Builder().setMinimumNumberShouldMatch(2)
            .add(term("port"), Occur.SHOULD).add(term("minister"), Occur.SHOULD).add(term("deal"), Occur.SHOULD).build();
        assertTrue(mayMatch(twoOfThree, article));
        Query twoOfThreeWithOneThere = new BooleanQuery.Builder().setMinimumNumberShouldMatch(2)
            .add(term("port"), Occur.SHOULD).add(term("sanctions"), Occur.SHOULD).add(term("deal"), Occur.SHOULD).build();
        assertFalse(mayMatch(twoOfThreeWithOneThere, article));
        Query optionalBesideRequired = new BooleanQuery.Builder().add(term("port"), Occur.FILTER).add(term("deal"), Occur.SHOULD).build();
        assertTrue(mayMatch(optionalBesideRequired, article), "an optional clause beside a required one is not needed");
    }

    @Test
    void whatItDoesNotKnowIsRunAndWhatNeverMatchesIsNot() throws Exception {
        ArticleTerms article = article("the minister visited the port");

        assertTrue(mayMatch(new PrefixQuery(new Term("body", "zzz")), article), "a wildcard is for the query to decide");
        assertTrue(mayMatch(new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER).add(term("port"), Occur.MUST_NOT).build(), article));
        assertFalse(mayMatch(new BooleanQuery.Builder().add(new MatchNoDocsQuery(), Occur.SHOULD).add(term("deal"), Occur.SHOULD).build(), article));
        assertTrue(mayMatch(new BooleanQuery.Builder().add(term("port"), Occur.MUST_NOT).build(), article), "only exclusions: the query says");
    }

    private static boolean mayMatch(Query query, ArticleTerms article) {
        return TermRequirement.of(query).mayMatch(article);
    }

    private static TermQuery term(String word) {
        return new TermQuery(new Term("body", word));
    }

    /** A phrase whose second word is {@code distance} positions after the first (a removed stop word leaves its position empty). */
    private static PhraseQuery phrase(String first, int distance, String second) {
        return new PhraseQuery.Builder().add(new Term("body", first), 0).add(new Term("body", second), distance).build();
    }

    private static ArticleTerms article(String body) throws IOException {
        MemoryIndex index = new MemoryIndex(true);
        index.addField("body", body, new StandardAnalyzer(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
        return ArticleTerms.of(index.createSearcher().getIndexReader());
    }
}
