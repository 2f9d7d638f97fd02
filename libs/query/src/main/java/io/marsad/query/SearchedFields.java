package io.marsad.query;

import io.marsad.query.QueryNode.Filter;
import io.marsad.query.QueryNode.Scope;
import io.marsad.query.QueryNode.Term;
import io.marsad.support.elasticsearch.ArticleFields;
import io.marsad.support.elasticsearch.ArticleFields.AnalysedField;
import io.marsad.text.MarsadAnalyzers;

import java.util.ArrayList;
import java.util.List;

/**
 * Which fields of the article index each part of a query searches: the one answer both translators
 * (Elasticsearch and Lucene) build from, so they cannot disagree about where a word is looked for.
 */
public final class SearchedFields {

    private SearchedFields() {}

    /** The text fields a scope covers: titles only, or titles and bodies. */
    public static List<String> text(Scope scope) {
        return scope == Scope.TITLE ? List.of(ArticleFields.TITLE) : ArticleFields.TEXT;
    }

    /** Every analysed field of the scope's text (folded and each language's), with the chain each was indexed with. */
    public static List<AnalysedField> analysed(Scope scope) {
        List<AnalysedField> fields = new ArrayList<>();
        text(scope).forEach(field -> fields.addAll(ArticleFields.analysed(field)));
        return fields;
    }

    /** The folded (language-neutral, unstemmed) fields of the scope, where wildcards look. */
    public static List<String> folded(Scope scope) {
        return text(scope);
    }

    /** A wildcard's prefix as the folded field indexed it (hamza forms, diacritics, case folded). */
    public static String foldedPrefix(Term term) {
        List<String> folded = MarsadAnalyzers.tokens(MarsadAnalyzers.chain("marsad_folded"), term.text());
        if (folded.size() != 1) {
            // the parser refuses such wildcards; a tree built elsewhere must not slip past
            throw new QuerySyntaxException("a wildcard applies to one word: " + term.text() + "*", 0);
        }
        return folded.get(0);
    }

    /** The keyword fields a filter matches on; the filter matches when any of them holds the value. */
    public static List<String> keywordFields(Filter filter) {
        return switch (filter.field()) {
            case "source" -> List.of(ArticleFields.SOURCE_NAME);
            case "site" -> List.of(ArticleFields.SITE);
            case "lang" -> List.of(ArticleFields.LANGUAGE);
            // entity:country:KP is an id; entity:"Vladimir Putin" a name among persons, organisations and places
            case "entity" -> filter.value().indexOf(':') > 0 ? List.of(ArticleFields.ENTITIES)
                : List.of(ArticleFields.PERSONS, ArticleFields.ORGANIZATIONS, ArticleFields.LOCATIONS);
            case "tag" -> List.of(ArticleFields.TAGS, ArticleFields.KEYWORDS);
            default -> throw new IllegalArgumentException("unknown filter " + filter.field());
        };
    }
}
