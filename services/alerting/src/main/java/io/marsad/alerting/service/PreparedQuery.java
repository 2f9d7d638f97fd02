package io.marsad.alerting.service;

import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A stored query made ready, once, when it is registered, to be run against article after article
 * without the work Lucene would redo for each. Lucene's Monitor has every candidate rewritten before
 * it runs, and rewriting a Marsad query walks all its per-field disjunctions and boolean clauses,
 * allocating as it goes, though nothing changes; then, matching without scores, each boolean query
 * with required clauses is copied with them as filters. So the query is stored as it runs:
 * <ul>
 *   <li>each word's or phrase's query in one field rewritten (a phrase of one word becomes a term);</li>
 *   <li>required clauses stored as filters (the same matches, and the same hits for the explanation:
 *       Lucene reports the hits of both);</li>
 *   <li>each disjunction over the analysed fields a {@link FieldDisjunction}, which leaves out the
 *       fields an article does not have.</li>
 * </ul>
 * The boolean structure around them stays as the translation built it, because the presearcher
 * picks a subscription's terms by that structure: a rewrite that turned a one-language filter
 * into a bare term made it pick thirty times as many candidates on 250,000 selective subscriptions.
 * {@link OffsetsMatch}'s matcher runs the prepared query as it is; anywhere else this query
 * rewrites to itself and hands out the prepared query's weight.
 *
 * <p>A wildcard's rewrite depends on the article (it becomes the article's words with that prefix),
 * so a wildcard is the one part rewritten for each article still.
 */
final class PreparedQuery extends Query {

    /** Rewrites against no documents: for every part but a wildcard, the result is the same against any index. */
    private static final IndexSearcher NO_DOCUMENTS = noDocuments();

    private final Query prepared;
    /** Set for a wildcard: rewritten against each article it runs on, while the presearcher sees the wildcard itself. */
    private final boolean rewrittenForEachArticle;
    private final TermRequirement requirement;

    private PreparedQuery(Query prepared, boolean rewrittenForEachArticle, TermRequirement requirement) {
        this.prepared = prepared;
        this.rewrittenForEachArticle = rewrittenForEachArticle;
        this.requirement = requirement;
    }

    /** The query prepared and wrapped, with the terms it cannot match without. */
    static PreparedQuery of(Query query) {
        Query prepared = prepare(query);
        return new PreparedQuery(prepared, false, TermRequirement.of(prepared));
    }

    private static Query prepare(Query query) {
        return switch (query) {
            case DisjunctionMaxQuery disjunction -> new FieldDisjunction(
                disjunction.getDisjuncts().stream().map(disjunct -> prepare(rewritten(disjunct))).toList(), disjunction.getTieBreakerMultiplier());
            case BooleanQuery bool -> {
                BooleanQuery.Builder copy = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
                for (BooleanClause clause : bool.clauses()) {
                    copy.add(prepare(clause.query()), clause.occur() == Occur.MUST ? Occur.FILTER : clause.occur());
                }
                yield copy.build();
            }
            case MultiTermQuery pattern -> new PreparedQuery(pattern, true, TermRequirement.NONE);
            default -> rewritten(query);
        };
    }

    private static Query rewritten(Query query) {
        try {
            return NO_DOCUMENTS.rewrite(query);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // no documents: nothing is read
        }
    }

    private static IndexSearcher noDocuments() {
        try {
            return new IndexSearcher(new MultiReader());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a reader of no readers opens nothing
        }
    }

    /** The query to run, as it is. */
    Query prepared() {
        return prepared;
    }

    /** False when the article certainly lacks terms the query needs, so running it can be skipped. */
    boolean mayMatch(ArticleTerms article) {
        return requirement.mayMatch(article);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        return searcher.createWeight(rewrittenForEachArticle ? searcher.rewrite(prepared) : prepared, scoreMode, boost);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        prepared.visit(visitor);
    }

    @Override
    public String toString(String field) {
        return prepared.toString(field);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && prepared.equals(((PreparedQuery) other).prepared)
            && rewrittenForEachArticle == ((PreparedQuery) other).rewrittenForEachArticle;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * classHash() + prepared.hashCode()) + Boolean.hashCode(rewrittenForEachArticle);
    }
}
