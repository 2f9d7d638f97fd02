package io.marsad.alerting.service;

import io.marsad.support.elasticsearch.ArticleFields;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.monitor.CustomQueryHandler;
import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.monitor.QueryTree;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiPredicate;

/**
 * Lucene's multipass term-filtered presearcher, with every analysed field of the title and the body
 * (folded, Arabic, Persian, English, French, Russian) seen as one field. An article is indexed
 * under the folded fields and its language's, which mostly hold the same words (a stem is often
 * the word itself), so the query the presearcher builds from an article carried most words twice,
 * and a subscription's words are stored under all twelve fields; as one field each word counts
 * once. A subscription is still picked whenever one of its words is in the article under its own
 * field (a word in one field is a word of the union), so nothing is lost; at worst a word found
 * under another field picks a subscription
 * whose query then does not match. An article's query is answered from hash maps of the pass
 * fields' postings ({@link PassTermsQuery}).
 *
 * <p>Subscriptions are indexed by Lucene's presearcher ({@link QueryTerms}); an article's query is
 * built here, from the hashes of the article's terms ({@link TermHash}). Lucene's builds it through
 * a token stream, which turns each term into a string and back, and first looks each term up among
 * the terms some subscription has ({@code termAcceptor}); here a term no subscription has simply
 * finds nothing in the postings tables, so that lookup is skipped.
 */
final class OneTextFieldPresearcher extends Presearcher {

    static final String TEXT = "text";
    private static final float MIN_WEIGHT = 0f;
    /** As the Monitor indexes a stored query's terms. */
    private static final FieldType QUERY_TERMS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        QUERY_TERMS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        QUERY_TERMS.freeze();
    }

    private final int passes;
    private final Set<String> textFields = new HashSet<>();
    private final QueryTerms queryTerms;

    /** {@code passes} passes over each subscription's terms; wildcards by their prefixes ({@link WildcardPrefixes}). */
    OneTextFieldPresearcher(int passes) {
        this.passes = passes;
        for (String field : List.of(ArticleFields.TITLE, ArticleFields.BODY)) {
            ArticleFields.analysed(field).forEach(sub -> textFields.add(sub.name()));
        }
        this.queryTerms = new QueryTerms(passes, textFields);
    }

    @Override
    public Document indexQuery(Query query, Map<String, String> metadata) {
        return queryTerms.indexQuery(query, metadata);
    }

    /**
     * The stored queries that have one of the article's terms in every pass ({@link PassTermsQuery}), or that
     * gave the presearcher no term at all (Lucene's "any token" entry, as its presearcher asks for them). The
     * article's terms in the title and body fields count as one field's; each term of a wildcard's length
     * also brings its marked prefixes.
     */
    @Override
    public Query buildQuery(LeafReader article, BiPredicate<String, BytesRef> termAcceptor) {
        Map<String, TermHashes> terms = new HashMap<>();
        try {
            for (FieldInfo field : article.getFieldInfos()) {
                Terms fieldTerms = article.terms(field.name);
                if (fieldTerms == null) {
                    continue;
                }
                TermHashes into = terms.computeIfAbsent(textFields.contains(field.name) ? TEXT : field.name, f -> new TermHashes());
                TermsEnum each = fieldTerms.iterator();
                for (BytesRef term = each.next(); term != null; term = each.next()) {
                    // not made distinct: a word the title and body fields share is looked up again, in memory the first lookup brought in
                    into.add(TermHash.of(term));
                    WildcardPrefixes.markedPrefixHashes(term, into::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an article's in-memory index
        }
        Map<String, long[]> byField = new HashMap<>();
        terms.forEach((field, hashes) -> byField.put(field, hashes.toArray()));
        return new BooleanQuery.Builder()
            .add(new PassTermsQuery(passes, byField), Occur.SHOULD)
            .add(new TermQuery(new Term(TermFilteredPresearcher.ANYTOKEN_FIELD, TermFilteredPresearcher.ANYTOKEN)), Occur.SHOULD)
            .build();
    }

    /** A growing list of term hashes. */
    private static final class TermHashes {
        private long[] hashes = new long[256];
        private int size;

        void add(long hash) {
            if (size == hashes.length) {
                hashes = Arrays.copyOf(hashes, size * 2);
            }
            hashes[size++] = hash;
        }

        long[] toArray() {
            return Arrays.copyOf(hashes, size);
        }
    }

    /** Lucene's multipass presearcher, indexing a stored query's terms with the text fields' as one. */
    private static final class QueryTerms extends MultipassTermFilteredPresearcher {

        private final int passes;
        private final Set<String> textFields;

        QueryTerms(int passes, Set<String> textFields) {
            super(passes, MIN_WEIGHT, TermFilteredPresearcher.DEFAULT_WEIGHTOR, List.<CustomQueryHandler>of(new WildcardPrefixes()), Set.of());
            this.passes = passes;
            this.textFields = textFields;
        }

        /**
         * The terms each pass picks, under {@code text_<pass>} for the title and body fields and
         * {@code <field>_<pass>} for the others — as the multipass presearcher builds it, but without
         * each term once more under its own field (for Lucene's term filter, which this presearcher
         * does not use; only the "any token" entry is asked for there), and with the terms in plain sets: its
         * own gives every field of every pass a byte pool with a fresh 32 KB block, held until the
         * Monitor indexes the batch (gigabytes for a batch of subscriptions over a dozen fields, and
         * most of the time registration took).
         */
        @Override
        public Document buildQueryDocument(QueryTree querytree) {
            Document document = new Document();
            for (int pass = 0; pass < passes; pass++) {
                Map<String, SortedSet<BytesRef>> fieldTerms = new HashMap<>();
                querytree.collectTerms((field, term) -> fieldTerms.computeIfAbsent(field, f -> new TreeSet<>()).add(term));
                for (Map.Entry<String, SortedSet<BytesRef>> entry : fieldTerms.entrySet()) {
                    String field = entry.getKey();
                    String passField = (textFields.contains(field) ? TEXT : field) + "_" + pass;
                    document.add(new Field(passField, new TermList(entry.getValue()), QUERY_TERMS));
                    if (field.equals(TermFilteredPresearcher.ANYTOKEN_FIELD)) {
                        document.add(new Field(field, new TermList(entry.getValue()), QUERY_TERMS)); // what an article's query asks for besides the passes
                    }
                }
                querytree.advancePhase(MIN_WEIGHT);
            }
            return document;
        }
    }

    /** A stored query's terms of one field, as tokens for the query index. */
    private static final class TermList extends TokenStream {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final Collection<BytesRef> terms;
        private Iterator<BytesRef> next;

        TermList(Collection<BytesRef> terms) {
            this.terms = terms;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = terms.iterator();
        }

        @Override
        public boolean incrementToken() {
            if (!next.hasNext()) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(next.next().utf8ToString());
            return true;
        }
    }
}
