package io.marsad.alerting.service;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a subscription matched an article: the character offsets of every hit, per analysed field.
 * It is what Lucene's {@code HighlightsMatch} reports, less the token positions the explanation does
 * not use, and found by a matcher that runs a {@link PreparedQuery} as it was prepared when
 * registered: {@code HighlightsMatch}'s matcher rewrites every candidate, and even a query with
 * nothing left to rewrite is walked twice over, once to rewrite and once to count its clauses.
 */
final class OffsetsMatch {

    /** One hit: its field and where it lies in the field's text. */
    record Hit(String field, int startOffset, int endOffset) {}

    private final List<Hit> hits;

    private OffsetsMatch(List<Hit> hits) {
        this.hits = hits;
    }

    List<Hit> hits() {
        return hits;
    }

    /** Runs candidate subscriptions against one article's in-memory index. */
    static final class Matcher {

        private final IndexSearcher article;
        /** The article's terms, gathered when the first candidate asks. */
        private ArticleTerms articleTerms;

        Matcher(IndexSearcher article) {
            this.article = article;
        }

        /** The query's hits in the article, or null when it does not match. */
        OffsetsMatch match(PreparedQuery query) throws IOException {
            if (!query.mayMatch(articleTerms())) {
                return null;
            }
            Weight weight = article.createWeight(query.prepared(), ScoreMode.COMPLETE_NO_SCORES, 1);
            for (LeafReaderContext leaf : article.getIndexReader().leaves()) {
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    Matches matches = weight.matches(leaf, doc);
                    if (matches != null) {
                        return new OffsetsMatch(hits(matches));
                    }
                }
            }
            return null;
        }

        private ArticleTerms articleTerms() throws IOException {
            if (articleTerms == null) {
                articleTerms = ArticleTerms.of(article.getIndexReader());
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
    }
}
