package io.marsad.alerting.service;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The multipass presearcher's query for one article: the stored queries that, in every pass, are
 * indexed under one of the article's terms ({@code (text_0:a OR text_0:b …) AND (text_1:a OR …) AND …},
 * as the Monitor's own builds it from {@code TermInSetQuery}s), answered from {@link PassPostings}.
 */
final class PassTermsQuery extends Query {

    private final int passes;
    /** The hashes ({@link TermHash}) of the article's terms per field, as the presearcher names fields before the pass suffix. */
    private final Map<String, long[]> termsByField;

    PassTermsQuery(int passes, Map<String, long[]> termsByField) {
        this.passes = passes;
        this.termsByField = termsByField;
    }

    /** The query of the terms themselves, hashed. */
    static PassTermsQuery ofTerms(int passes, Map<String, List<BytesRef>> termsByField) {
        Map<String, long[]> hashes = new HashMap<>();
        termsByField.forEach((field, terms) -> hashes.put(field, terms.stream().mapToLong(TermHash::of).toArray()));
        return new PassTermsQuery(passes, hashes);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) {
                FixedBitSet candidates = candidates(PassPostings.of(context.reader(), passes), context.reader().maxDoc());
                return candidates == null ? null
                    : new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, new BitSetIterator(candidates, candidates.cardinality())));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false; // a new article's query every time
            }
        };
    }

    /** The segment's stored queries indexed under one of the terms in every pass; null when none. */
    private FixedBitSet candidates(PassPostings postings, int maxDoc) {
        FixedBitSet[] inPass = new FixedBitSet[passes];
        for (Map.Entry<String, long[]> field : termsByField.entrySet()) {
            PassPostings.TermTable terms = postings.field(field.getKey());
            if (terms == null) {
                continue;
            }
            for (long term : field.getValue()) {
                int[][] perPass = terms.get(term);
                if (perPass == null) {
                    continue;
                }
                for (int pass = 0; pass < passes; pass++) {
                    if (perPass[pass] != null) {
                        if (inPass[pass] == null) {
                            inPass[pass] = new FixedBitSet(maxDoc);
                        }
                        for (int doc : perPass[pass]) {
                            inPass[pass].set(doc);
                        }
                    }
                }
            }
        }
        FixedBitSet all = inPass[0];
        for (int pass = 0; pass < passes && all != null; pass++) {
            if (inPass[pass] == null) {
                return null;
            }
            if (pass > 0) {
                all.and(inPass[pass]);
            }
        }
        return all;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "PassTermsQuery(" + passes + " passes, " + termsByField.keySet() + ")";
    }

    /** An article's query is never compared with another's (it is built, run once and dropped), so identity will do. */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
