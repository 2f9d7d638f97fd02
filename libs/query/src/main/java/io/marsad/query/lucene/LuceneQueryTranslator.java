package io.marsad.query.lucene;

import io.marsad.query.QueryNode;
import io.marsad.query.QueryNode.And;
import io.marsad.query.QueryNode.Filter;
import io.marsad.query.QueryNode.Near;
import io.marsad.query.QueryNode.Not;
import io.marsad.query.QueryNode.Or;
import io.marsad.query.QueryNode.Phrase;
import io.marsad.query.QueryNode.Term;
import io.marsad.query.SearchedFields;
import io.marsad.query.SpanPlan;
import io.marsad.support.elasticsearch.ArticleFields;
import io.marsad.support.elasticsearch.ArticleFields.AnalysedField;
import io.marsad.text.MarsadAnalyzers;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the Lucene query of a parsed query over documents laid out by {@link LuceneArticles}, for
 * matching stored queries (alerting's Lucene Monitor). It mirrors {@code ElasticsearchQueryTranslator}
 * clause by clause, as Elasticsearch itself turns those clauses into Lucene queries: a word is a
 * per-field query of all its tokens ({@code multi_match} with operator AND), a phrase a per-field
 * phrase query, NEAR the same span queries, a wildcard a prefix query on the folded fields, filters
 * term queries. {@code TranslatorEquivalenceTest} runs both over one corpus.
 */
public final class LuceneQueryTranslator {

    private LuceneQueryTranslator() {}

    public static Query translate(QueryNode node) {
        return switch (node) {
            case Term t when t.prefix() -> prefix(t);
            case Term t -> perField(t.scope(), (builder, field) -> builder.createBooleanQuery(field, t.text(), Occur.MUST));
            case Phrase p -> perField(p.scope(), (builder, field) -> builder.createPhraseQuery(field, p.text(), 0));
            case Near n -> near(n);
            case Filter f -> filter(f);
            case And a -> and(a);
            case Or o -> or(o);
            case Not n -> new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER).add(translate(n.clause()), Occur.MUST_NOT).build();
        };
    }

    /**
     * The query with a saved search's filters, as search applies a monitor's: the article's
     * language one of {@code languages}, its source one of {@code sources}, and one of
     * {@code entities} named (each list empty: no filter).
     */
    public static Query withFilters(QueryNode node, List<String> languages, List<String> sources, List<String> entities) {
        BooleanQuery.Builder bool = new BooleanQuery.Builder().add(translate(node), Occur.MUST);
        anyOf(bool, ArticleFields.LANGUAGE, languages);
        anyOf(bool, ArticleFields.SOURCE_NAME, sources);
        anyOf(bool, ArticleFields.ENTITIES, entities);
        return bool.build();
    }

    private static void anyOf(BooleanQuery.Builder bool, String field, List<String> values) {
        if (values == null || values.isEmpty()) {
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        values.forEach(value -> any.add(term(field, value), Occur.SHOULD));
        bool.add(any.build(), Occur.FILTER);
    }

    private interface FieldQuery {
        Query build(QueryBuilder builder, String field);
    }

    /** The query in every analysed field of the scope, each analysing the text with its own chain; the best field counts. */
    private static Query perField(QueryNode.Scope scope, FieldQuery query) {
        List<Query> fields = new ArrayList<>();
        for (AnalysedField field : SearchedFields.analysed(scope)) {
            Query one = query.build(new QueryBuilder(MarsadAnalyzers.shared(field.chain())), field.name());
            if (one != null) { // null: the chain left no token of the text
                fields.add(one);
            }
        }
        return fields.isEmpty() ? new MatchNoDocsQuery("no searchable token") : new DisjunctionMaxQuery(fields, 0f);
    }

    private static Query and(And and) {
        BooleanQuery.Builder bool = new BooleanQuery.Builder();
        boolean positive = false;
        for (QueryNode clause : and.clauses()) {
            switch (clause) {
                case Not n -> bool.add(translate(n.clause()), Occur.MUST_NOT);
                case Filter f -> {
                    bool.add(translate(f), Occur.FILTER);
                    positive = true;
                }
                default -> {
                    bool.add(translate(clause), Occur.MUST);
                    positive = true;
                }
            }
        }
        if (!positive) {
            bool.add(new MatchAllDocsQuery(), Occur.FILTER); // as Elasticsearch's bool with only must_not: everything else
        }
        return bool.build();
    }

    private static Query or(Or or) {
        BooleanQuery.Builder bool = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        or.clauses().forEach(clause -> bool.add(translate(clause), Occur.SHOULD));
        return bool.build();
    }

    private static Query prefix(Term term) {
        String folded = SearchedFields.foldedPrefix(term);
        List<String> fields = SearchedFields.folded(term.scope());
        if (fields.size() == 1) {
            return new PrefixQuery(new org.apache.lucene.index.Term(fields.get(0), folded));
        }
        BooleanQuery.Builder bool = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        fields.forEach(field -> bool.add(new PrefixQuery(new org.apache.lucene.index.Term(field, folded)), Occur.SHOULD));
        return bool.build();
    }

    private static Query near(Near near) {
        List<Query> perField = SpanPlan.perField(near).stream().<Query>map(LuceneQueryTranslator::span).toList();
        return perField.isEmpty() ? new MatchNoDocsQuery("no searchable token") : new DisjunctionMaxQuery(perField, 0f);
    }

    static SpanQuery span(SpanPlan plan) {
        return switch (plan) {
            case SpanPlan.Token t -> new SpanTermQuery(new org.apache.lucene.index.Term(t.field(), t.text()));
            case SpanPlan.Within w -> new SpanNearQuery(w.clauses().stream().map(LuceneQueryTranslator::span).toArray(SpanQuery[]::new),
                w.slop(), w.ordered());
            case SpanPlan.AnyOf a -> new SpanOrQuery(a.clauses().stream().map(LuceneQueryTranslator::span).toArray(SpanQuery[]::new));
        };
    }

    private static Query filter(Filter filter) {
        List<String> fields = SearchedFields.keywordFields(filter);
        if (fields.size() == 1) {
            return term(fields.get(0), filter.value());
        }
        BooleanQuery.Builder bool = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        fields.forEach(field -> bool.add(term(field, filter.value()), Occur.SHOULD));
        return bool.build();
    }

    private static Query term(String field, String value) {
        return new TermQuery(new org.apache.lucene.index.Term(field, LuceneArticles.indexedValue(field, value)));
    }
}
