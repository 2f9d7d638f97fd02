package io.marsad.alerting.service;

import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesUtils;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A disjunction over a word's analysed fields (as the Lucene translation of a Marsad query builds
 * it: the word in the title and the body, each folded and under every language's chain) that, for
 * each article, leaves out the fields the article does not have. An article is indexed under the
 * folded fields and its own language's, so eight of a word's twelve alternatives can never match
 * it, and setting up their weights and looking for their matches was most of the cost of running
 * a candidate. Leaving out a part that cannot match changes no answer: not of the disjunction, nor of
 * a clause that excludes it.
 */
final class FieldDisjunction extends Query {

    private final List<Query> disjuncts;
    /**
     * Each disjunct's only field, or {@code null} (then it is always kept) when it has none or several, or a part that
     * matches without a term of its field (all documents: {@code *:* -x} matches an article without the field).
     */
    private final String[] fields;
    private final float tieBreaker;

    FieldDisjunction(List<Query> disjuncts, float tieBreaker) {
        this.disjuncts = List.copyOf(disjuncts);
        this.fields = this.disjuncts.stream().map(FieldDisjunction::onlyField).toArray(String[]::new);
        this.tieBreaker = tieBreaker;
    }

    List<Query> disjuncts() {
        return disjuncts;
    }

    private static String onlyField(Query query) {
        Set<String> fields = new HashSet<>();
        boolean[] termless = {false};
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }

            @Override
            public void visitLeaf(Query leaf) {
                termless[0] = true; // terms and patterns are consumed, not visited as leaves
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }
        });
        return fields.size() == 1 && !termless[0] ? fields.iterator().next() : null;
    }

    /**
     * The weights of the disjuncts whose field the index has, as one. Lucene's own disjunction is
     * built only if a scorer is asked for: building it hashes every disjunct's terms, which cost a
     * twelfth of the matching time when it was built for every candidate, and the matcher ({@link OffsetsMatch})
     * only ever asks for matches.
     */
    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        List<Query> present = new ArrayList<>(disjuncts.size());
        for (int i = 0; i < disjuncts.size(); i++) {
            if (fields[i] == null || hasField(searcher, fields[i])) {
                present.add(disjuncts.get(i));
            }
        }
        return switch (present.size()) {
            case 0 -> searcher.createWeight(new MatchNoDocsQuery("none of the fields is in the index"), scoreMode, boost);
            case 1 -> searcher.createWeight(present.get(0), scoreMode, boost);
            default -> new PresentFieldsWeight(present, searcher, scoreMode, boost);
        };
    }

    private final class PresentFieldsWeight extends Weight {

        private final List<Query> present;
        private final List<Weight> weights;
        private final IndexSearcher searcher;
        private final ScoreMode scoreMode;
        private final float boost;
        private Weight disjunction;

        PresentFieldsWeight(List<Query> present, IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
            super(FieldDisjunction.this);
            this.present = present;
            this.searcher = searcher;
            this.scoreMode = scoreMode;
            this.boost = boost;
            this.weights = new ArrayList<>(present.size());
            for (Query query : present) {
                weights.add(searcher.createWeight(query, scoreMode, boost));
            }
        }

        /** As Lucene's disjunction: the matches of every disjunct that matches the document. */
        @Override
        public Matches matches(LeafReaderContext context, int doc) throws IOException {
            List<Matches> found = new ArrayList<>(weights.size());
            for (Weight weight : weights) {
                Matches matches = weight.matches(context, doc);
                if (matches != null) {
                    found.add(matches);
                }
            }
            return MatchesUtils.fromSubMatches(found);
        }

        @Override
        public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
            return disjunction().scorerSupplier(context);
        }

        @Override
        public Explanation explain(LeafReaderContext context, int doc) throws IOException {
            return disjunction().explain(context, doc);
        }

        @Override
        public boolean isCacheable(LeafReaderContext context) {
            for (Weight weight : weights) {
                if (!weight.isCacheable(context)) {
                    return false;
                }
            }
            return true;
        }

        private synchronized Weight disjunction() throws IOException {
            if (disjunction == null) {
                disjunction = searcher.createWeight(new DisjunctionMaxQuery(present, tieBreaker), scoreMode, boost);
            }
            return disjunction;
        }
    }

    private static boolean hasField(IndexSearcher searcher, String field) {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FieldInfos fields = leaf.reader().getFieldInfos();
            if (fields.fieldInfo(field) != null) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        List<Query> rewritten = new ArrayList<>(disjuncts.size());
        boolean changed = false;
        for (Query disjunct : disjuncts) {
            Query one = disjunct.rewrite(searcher);
            changed |= one != disjunct;
            rewritten.add(one);
        }
        return changed ? new FieldDisjunction(rewritten, tieBreaker) : this;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        QueryVisitor each = visitor.getSubVisitor(Occur.SHOULD, this);
        disjuncts.forEach(disjunct -> disjunct.visit(each));
    }

    @Override
    public String toString(String field) {
        return new DisjunctionMaxQuery(disjuncts, tieBreaker).toString(field);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && disjuncts.equals(((FieldDisjunction) other).disjuncts)
            && tieBreaker == ((FieldDisjunction) other).tieBreaker;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), disjuncts, tieBreaker);
    }
}
