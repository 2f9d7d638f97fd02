package io.marsad.alerting.service;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.monitor.CandidateMatcher;
import org.apache.lucene.monitor.MatcherFactory;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A subscription that matched an article, with where: the character offsets of every hit, per
 * analysed field. It is what Lucene's {@code HighlightsMatch} reports, less the token positions the
 * explanation does not use, and found by a matcher that runs a {@link PreparedQuery} as it was
 * prepared when registered: {@code HighlightsMatch}'s matcher rewrites every candidate, and even a
 * query with nothing left to rewrite is walked twice over, once to rewrite and once to count its
 * clauses.
 */
final class OffsetsMatch extends QueryMatch {

    /** One hit: its field and where it lies in the field's text. */
    record Hit(String field, int startOffset, int endOffset) {}

    static final MatcherFactory<OffsetsMatch> MATCHER = Matcher::new;

    private final List<Hit> hits;

    private OffsetsMatch(String queryId, List<Hit> hits) {
        super(queryId);
        this.hits = hits;
    }

    List<Hit> hits() {
        return hits;
    }

    private static final class Matcher extends CandidateMatcher<OffsetsMatch> {

        /** The article's terms, gathered when the first candidate asks. */
        private ArticleTerms articleTerms;

        Matcher(IndexSearcher searcher) {
            super(searcher);
        }

        @Override
        public void matchQuery(String queryId, Query query, Map<String, String> metadata) throws IOException {
            if (query instanceof PreparedQuery prepared && !prepared.mayMatch(articleTerms())) {
                return;
            }
            Query runnable = query instanceof PreparedQuery prepared ? prepared.prepared() : searcher.rewrite(query);
            Weight weight = searcher.createWeight(runnable, ScoreMode.COMPLETE_NO_SCORES, 1);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    Matches matches = weight.matches(leaf, doc);
                    if (matches != null) {
                        addMatch(new OffsetsMatch(queryId, hits(matches)), doc);
                    }
                }
            }
        }

        private ArticleTerms articleTerms() throws IOException {
            if (articleTerms == null) {
                articleTerms = ArticleTerms.of(searcher.getIndexReader());
            }
            return articleTerms;
        }

        /** Each match's own hits where it has parts (a phrase's words), else the match itself. */
        private static List<Hit> hits(Matches matches) throws IOException {
            List<Hit> hits = new ArrayList<>();
            for (String field : matches) {
                MatchesIterator match = matches.getMatches(field);
                while (match.next()) {
                    MatchesIterator parts = match.getSubMatches();
                    if (parts == null) {
                        hits.add(new Hit(field, match.startOffset(), match.endOffset()));
                    } else {
                        while (parts.next()) {
                            hits.add(new Hit(field, parts.startOffset(), parts.endOffset()));
                        }
                    }
                }
            }
            return hits;
        }

        /** Both matches' hits, for a query that matched one document twice (the Monitor calls this; Marsad stores whole queries). */
        @Override
        public OffsetsMatch resolve(OffsetsMatch first, OffsetsMatch second) {
            List<Hit> hits = new ArrayList<>(first.hits);
            hits.addAll(second.hits);
            return new OffsetsMatch(first.getQueryId(), hits);
        }
    }
}
