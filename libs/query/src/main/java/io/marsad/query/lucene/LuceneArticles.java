package io.marsad.query.lucene;

import io.marsad.query.SearchedFields;
import io.marsad.support.elasticsearch.ArticleDocument;
import io.marsad.support.elasticsearch.ArticleFields;
import io.marsad.support.elasticsearch.ArticleFields.AnalysedField;
import io.marsad.text.MarsadAnalyzers;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An article as a Lucene document laid out like the Elasticsearch index: each text field folded and
 * under its language's chain ({@link ArticleFields#analysedFor}), the keyword fields queries filter
 * on as single terms (normalised where the index normalises them). With {@link #analyzer()}, what
 * {@link LuceneQueryTranslator} matches in it is what search matches in the index.
 */
public final class LuceneArticles {

    /** The id field, stored so that matches can be told apart. */
    public static final String ID = ArticleFields.ID;

    private static final Analyzer ANALYZER = perFieldAnalyzer();

    private LuceneArticles() {}

    /** The analyzer to index {@link #document(ArticleDocument)}s with: each analysed field with its chain. */
    public static Analyzer analyzer() {
        return ANALYZER;
    }

    public static Document document(ArticleDocument article) {
        Document document = new Document();
        document.add(new StringField(ID, article.id(), Field.Store.YES));
        text(document, ArticleFields.TITLE, article.language(), article.title());
        text(document, ArticleFields.BODY, article.language(), article.body());
        keyword(document, ArticleFields.SOURCE_NAME, article.sourceName());
        keyword(document, ArticleFields.SITE, article.site());
        keyword(document, ArticleFields.LANGUAGE, article.language());
        keywords(document, ArticleFields.ENTITIES, article.entities());
        keywords(document, ArticleFields.PERSONS, article.persons());
        keywords(document, ArticleFields.ORGANIZATIONS, article.organizations());
        keywords(document, ArticleFields.LOCATIONS, article.locations());
        keywords(document, ArticleFields.TAGS, article.tags());
        keywords(document, ArticleFields.KEYWORDS, article.keywords());
        return document;
    }

    /** A filter value as the index holds it in that field. */
    static String indexedValue(String field, String value) {
        return ArticleFields.isNormalised(field) ? MarsadAnalyzers.normalizeKeyword(value) : value;
    }

    private static void text(Document document, String field, String language, String text) {
        if (text == null) {
            return;
        }
        for (AnalysedField analysed : ArticleFields.analysedFor(field, language)) {
            document.add(new TextField(analysed.name(), text, Field.Store.NO));
        }
    }

    private static void keyword(Document document, String field, String value) {
        if (value != null) {
            document.add(new StringField(field, indexedValue(field, value), Field.Store.NO));
        }
    }

    private static void keywords(Document document, String field, List<String> values) {
        if (values != null) {
            values.forEach(value -> keyword(document, field, value));
        }
    }

    private static Analyzer perFieldAnalyzer() {
        Map<String, Analyzer> byField = new HashMap<>();
        for (AnalysedField field : SearchedFields.analysed(io.marsad.query.QueryNode.Scope.TEXT)) {
            byField.put(field.name(), MarsadAnalyzers.shared(field.chain()));
        }
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), byField);
    }
}
