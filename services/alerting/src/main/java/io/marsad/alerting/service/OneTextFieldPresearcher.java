package io.marsad.alerting.service;

import io.marsad.support.elasticsearch.ArticleFields;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;
import org.apache.lucene.monitor.QueryTree;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * were: the presearcher uses them to keep only the article's words that some subscription has.
 */
final class OneTextFieldPresearcher extends MultipassTermFilteredPresearcher {

    static final String TEXT = "text";
    private static final Pattern PASS_FIELD = Pattern.compile("(.+)_(\\d+)");

    private final Set<String> textFields = new HashSet<>();

    OneTextFieldPresearcher(int passes, List<? extends org.apache.lucene.monitor.CustomQueryHandler> handlers) {
        super(passes, 0f, TermFilteredPresearcher.DEFAULT_WEIGHTOR, List.copyOf(handlers), Set.of());
        for (String field : List.of(ArticleFields.TITLE, ArticleFields.BODY)) {
            ArticleFields.analysed(field).forEach(sub -> textFields.add(sub.name()));
        }
    }

    @Override
    public Document buildQueryDocument(QueryTree querytree) {
        Document merged = new Document();
        for (IndexableField field : super.buildQueryDocument(querytree)) {
            Matcher pass = PASS_FIELD.matcher(field.name());
            if (pass.matches() && textFields.contains(pass.group(1)) && field instanceof Field terms) {
                merged.add(new Field(TEXT + "_" + pass.group(2), terms.tokenStreamValue(), terms.fieldType()));
            } else {
                merged.add(field);
            }
        }
        return merged;
    }

    @Override
    protected DocumentQueryBuilder getQueryBuilder() {
        DocumentQueryBuilder passes = super.getQueryBuilder();
        return new DocumentQueryBuilder() {
            @Override
            public void addTerm(String field, BytesRef term) throws IOException {
                passes.addTerm(textFields.contains(field) ? TEXT : field, term);
            }

            @Override
            public Query build() {
                return passes.build();
            }
        };
    }
}
