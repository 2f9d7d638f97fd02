package io.marsad.alerting.service;

import io.marsad.support.elasticsearch.ArticleFields;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;
import org.apache.lucene.monitor.QueryTree;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The multipass term-filtered presearcher, with every analysed field of the title and the body
 * (folded, Arabic, Persian, English, French, Russian) seen as one field. An article is indexed
 * under the folded fields and its language's, which mostly hold the same words (a stem is often
 * the word itself), so the query the presearcher builds from an article carried most words twice,
 * and a subscription's words are stored under all twelve fields; as one field each word counts
 * once. A subscription is still picked whenever one of its words is in the article under its own
 * field (a word in one field is a word of the union), so nothing is lost; at worst a word found
 * under another field picks a subscription
 * whose query then does not match. The per-field base entries of the stored queries stay as they
 * were: the presearcher uses them to keep only the article's words that some subscription has. An
 * article's query is answered from hash maps of the pass fields' postings ({@link PassTermsQuery}).
 */
final class OneTextFieldPresearcher extends MultipassTermFilteredPresearcher {

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

    OneTextFieldPresearcher(int passes, List<? extends org.apache.lucene.monitor.CustomQueryHandler> handlers) {
        super(passes, MIN_WEIGHT, TermFilteredPresearcher.DEFAULT_WEIGHTOR, List.copyOf(handlers), Set.of());
        this.passes = passes;
        for (String field : List.of(ArticleFields.TITLE, ArticleFields.BODY)) {
            ArticleFields.analysed(field).forEach(sub -> textFields.add(sub.name()));
        }
    }

    /**
     * The terms each pass picks, under {@code text_<pass>} for the title and body fields and
     * {@code <field>_<pass>} for the others, and once more under each term's own field for the
     * term filter — as the multipass presearcher builds it, but with the terms in plain sets: its
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
                document.add(new Field(field, new TermList(entry.getValue()), QUERY_TERMS));
            }
            querytree.advancePhase(MIN_WEIGHT);
        }
        return document;
    }

    /**
     * The article's terms, the text fields' as one, queried through {@link PassTermsQuery}: the same
     * candidates as the multipass presearcher's conjunction of {@code TermInSetQuery}s, found by hash
     * lookups in {@link PassPostings} instead of seeks in each segment's terms dictionary.
     */
    @Override
    protected DocumentQueryBuilder getQueryBuilder() {
        return new DocumentQueryBuilder() {
            private final Map<String, Set<BytesRef>> terms = new HashMap<>();

            @Override
            public void addTerm(String field, BytesRef term) {
                terms.computeIfAbsent(textFields.contains(field) ? TEXT : field, f -> new HashSet<>()).add(term);
            }

            @Override
            public Query build() {
                Map<String, List<BytesRef>> byField = new HashMap<>();
                terms.forEach((field, set) -> byField.put(field, List.copyOf(set)));
                return new PassTermsQuery(passes, byField);
            }
        };
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
