package io.marsad.query.elasticsearch;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SpanQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
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

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the Elasticsearch query of a parsed query (docs/query-language.md) with the official
 * client's builders, for search. Text is searched in every analysed field of the article index
 * (folded, and the Arabic, Persian, English, French and Russian ones, which hold the articles of
 * their language: each analyses the query with its own chain, the one it indexed with); a word must
 * match in one of them. NEAR becomes span queries whose terms
 * are produced here with libs/text, the same chains the index uses; wildcards become prefix queries
 * on the folded fields. {@code LuceneQueryTranslator} builds the same matches for alerting;
 * {@code TranslatorEquivalenceTest} holds the two together.
 */
public final class ElasticsearchQueryTranslator {

    private ElasticsearchQueryTranslator() {}

    public static Query translate(QueryNode node) {
        return switch (node) {
            case Term t when t.prefix() -> prefix(t);
            case Term t -> Query.of(q -> q.multiMatch(m -> m.query(t.text()).fields(names(t.scope())).type(TextQueryType.BestFields).operator(Operator.And)));
            case Phrase p -> Query.of(q -> q.multiMatch(m -> m.query(p.text()).fields(names(p.scope())).type(TextQueryType.Phrase)));
            case Near n -> near(n);
            case Filter f -> filter(f);
            case And a -> and(a);
            case Or o -> Query.of(q -> q.bool(b -> b.should(o.clauses().stream().map(ElasticsearchQueryTranslator::translate).toList()).minimumShouldMatch("1")));
            case Not n -> Query.of(q -> q.bool(b -> b.mustNot(translate(n.clause()))));
        };
    }

    /**
     * The query with a saved search's filters (monitors, subscriptions): the article's language one
     * of {@code languages}, its source one of {@code sources} (the index normalises both sides), and
     * one of {@code entities} named; each list empty: no filter. {@code extraFilters} are added as
     * they are (dates, stories).
     */
    public static Query withFilters(QueryNode node, List<String> languages, List<String> sources, List<String> entities,
                                    List<Query> extraFilters) {
        List<Query> filters = new ArrayList<>();
        anyOf(filters, ArticleFields.LANGUAGE, languages);
        anyOf(filters, ArticleFields.SOURCE_NAME, sources);
        anyOf(filters, ArticleFields.ENTITIES, entities);
        filters.addAll(extraFilters);
        Query parsed = translate(node);
        return Query.of(q -> q.bool(b -> b.must(parsed).filter(filters)));
    }

    private static void anyOf(List<Query> filters, String field, List<String> values) {
        if (values != null && !values.isEmpty()) {
            List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
            filters.add(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms)))));
        }
    }

    private static Query and(And and) {
        List<Query> must = new ArrayList<>();
        List<Query> filter = new ArrayList<>();
        List<Query> mustNot = new ArrayList<>();
        for (QueryNode clause : and.clauses()) {
            switch (clause) {
                case Not n -> mustNot.add(translate(n.clause()));
                case Filter f -> filter.add(translate(f)); // filters decide, they do not score
                default -> must.add(translate(clause));
            }
        }
        return Query.of(q -> q.bool(b -> b.must(must).filter(filter).mustNot(mustNot)));
    }

    /** Words starting with the prefix, on the folded fields (folded like the index: hamza forms, diacritics, case). */
    private static Query prefix(Term term) {
        String folded = SearchedFields.foldedPrefix(term);
        List<Query> fields = new ArrayList<>();
        for (String field : SearchedFields.folded(term.scope())) {
            fields.add(Query.of(q -> q.prefix(p -> p.field(field).value(folded))));
        }
        return fields.size() == 1 ? fields.get(0) : Query.of(q -> q.bool(b -> b.should(fields).minimumShouldMatch("1")));
    }

    /** One span query per analysed field, the best matching field counting. */
    private static Query near(Near near) {
        List<Query> perField = SpanPlan.perField(near).stream().map(plan -> Query.of(q -> q.spanNear(span(plan).spanNear()))).toList();
        return Query.of(q -> q.disMax(d -> d.queries(perField)));
    }

    static SpanQuery span(SpanPlan plan) {
        return switch (plan) {
            case SpanPlan.Token t -> SpanQuery.of(s -> s.spanTerm(st -> st.field(t.field()).value(t.text())));
            case SpanPlan.Within w -> SpanQuery.of(s -> s.spanNear(sn -> sn.clauses(w.clauses().stream().map(ElasticsearchQueryTranslator::span).toList())
                .slop(w.slop()).inOrder(w.ordered())));
            case SpanPlan.AnyOf a -> SpanQuery.of(s -> s.spanOr(or -> or.clauses(a.clauses().stream().map(ElasticsearchQueryTranslator::span).toList())));
        };
    }

    /** A keyword filter: the field's term (the index normalises both sides where the field has a normalizer). */
    private static Query filter(Filter filter) {
        List<String> fields = SearchedFields.keywordFields(filter);
        List<Query> terms = fields.stream().map(field -> term(field, filter.value())).toList();
        return terms.size() == 1 ? terms.get(0) : Query.of(q -> q.bool(b -> b.should(terms).minimumShouldMatch("1")));
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    private static List<String> names(QueryNode.Scope scope) {
        return SearchedFields.analysed(scope).stream().map(ArticleFields.AnalysedField::name).toList();
    }
}
