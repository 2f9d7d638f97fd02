package io.marsad.alerting.service;

import io.marsad.query.QueryParser;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.monitor.CustomQueryHandler;
import org.apache.lucene.monitor.QueryTree;
import org.apache.lucene.monitor.TermWeightor;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.function.LongConsumer;

/**
 * Lets the Monitor's presearcher select wildcard subscriptions ({@code sanction*}) by their
 * literal prefix. Without it a wildcard gives the presearcher no term, so the subscription is run
 * against every article (at 100,000 subscriptions this cut the candidates per article from about
 * 10,800 to 560 in ../shared/reference/alert-matching.md). A query's prefix is indexed as its
 * first {@value #SHORT} or {@value #LONG} characters behind a marker; each article term of at least
 * that length adds the same marked prefixes, so the presearcher picks the wildcard subscription
 * only for articles with a word that starts like it; the subscription's query then decides.
 */
public final class WildcardPrefixes implements CustomQueryHandler {

    /** The query language's shortest wildcard prefix. */
    static final int SHORT = QueryParser.MIN_PREFIX;
    static final int LONG = SHORT + 1;
    /** Analysed terms never hold a control character, so marked prefixes cannot meet real terms. */
    private static final char MARK = '\u0001';

    @Override
    public QueryTree handleQuery(Query query, TermWeightor weightor) {
        if (!(query instanceof PrefixQuery prefix)) {
            return null;
        }
        String text = prefix.getPrefix().text();
        int length = text.codePointCount(0, text.length());
        if (length < SHORT) {
            return null; // the query language refuses these; left to the presearcher's default (run always)
        }
        String kept = text.substring(0, text.offsetByCodePoints(0, Math.min(length, LONG)));
        return QueryTree.term(new Term(prefix.getField(), new BytesRef(MARK + kept)), weightor);
    }

    /** For Lucene's own presearchers (the benchmark's bare Monitor): the article's terms with their marked prefixes. */
    @Override
    public TokenStream wrapTermStream(String field, TokenStream terms) {
        return new MarkedPrefixes(terms);
    }

    /**
     * The hashes ({@link TermHash}) of an article's term's marked prefixes, the same as of the prefixes
     * {@link MarkedPrefixes} adds to a token stream: for Marsad's presearcher, which reads the
     * article's terms as bytes.
     */
    static void markedPrefixHashes(BytesRef term, LongConsumer prefixes) {
        int end = term.offset + term.length;
        if (term.length == 0 || term.bytes[term.offset] == MARK) {
            return;
        }
        long marked = TermHash.extend(TermHash.START, MARK);
        int codePoints = 0;
        for (int at = term.offset; at <= end; at++) {
            if (at < end && (term.bytes[at] & 0xC0) == 0x80) {
                continue; // inside a character: not where a prefix can end
            }
            if (codePoints == SHORT || codePoints == LONG) {
                prefixes.accept(TermHash.finish(TermHash.extend(marked, term.bytes, term.offset, at)));
                if (codePoints == LONG) {
                    return;
                }
            }
            codePoints++;
        }
    }

    /** Each term, then its marked prefixes of {@value #SHORT} and {@value #LONG} characters when it is that long. */
    private static final class MarkedPrefixes extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private String pending;
        private String second;

        MarkedPrefixes(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (pending != null) {
                // a fresh token at the term's position: nothing carried over from the term (filters downstream add to increments)
                clearAttributes();
                position.setPositionIncrement(0);
                term.setEmpty().append(MARK).append(pending);
                pending = second;
                second = null;
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            String text = term.toString();
            int length = text.codePointCount(0, text.length());
            if (length >= SHORT && text.charAt(0) != MARK) {
                pending = text.substring(0, text.offsetByCodePoints(0, SHORT));
                second = length >= LONG ? text.substring(0, text.offsetByCodePoints(0, LONG)) : null;
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pending = null;
            second = null;
        }
    }
}
