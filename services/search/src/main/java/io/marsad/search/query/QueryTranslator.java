package io.marsad.search.query;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SpanQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import io.marsad.search.query.QueryNode.And;
import io.marsad.search.query.QueryNode.Filter;
import io.marsad.search.query.QueryNode.Near;
import io.marsad.search.query.QueryNode.Not;
import io.marsad.search.query.QueryNode.Or;
import io.marsad.search.query.QueryNode.Phrase;
import io.marsad.search.query.QueryNode.Scope;
import io.marsad.search.query.QueryNode.Term;
import io.marsad.text.AnalysisChain;
import io.marsad.text.MarsadAnalyzers;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the Elasticsearch query of a parsed query (docs/query-language.md) with the official
 * client's builders. Text is searched in every analysed sub-field of the article index (folded,
 * Arabic, Persian, English, French, Russian: each analyses the query with its own chain, the one it
 * indexed with); a word must match in one of them. NEAR becomes span queries whose terms are
 * produced here with libs/text, the same chains the index uses; wildcards become prefix queries on
 * the folded fields.
 */
public final class QueryTranslator {

    /** An analysed field of the article index and the libs/text chain it was indexed with. */
    record TextField(String name, AnalysisChain chain) {}

    public static final List<String> SUBFIELDS = List.of("", ".ar", ".fa", ".en", ".fr", ".ru");

    private QueryTranslator() {}

    public static Query translate(QueryNode node) {
        return switch (node) {
            case Term t when t.prefix() -> prefix(t);
            case Term t -> Query.of(q -> q.multiMatch(m -> m.query(t.text()).fields(names(t.scope())).type(TextQueryType.BestFields).operator(Operator.And)));
            case Phrase p -> Query.of(q -> q.multiMatch(m -> m.query(p.text()).fields(names(p.scope())).type(TextQueryType.Phrase)));
            case Near n -> near(n);
            case Filter f -> filter(f);
            case And a -> and(a);
            case Or o -> Query.of(q -> q.bool(b -> b.should(o.clauses().stream().map(QueryTranslator::translate).toList()).minimumShouldMatch("1")));
            case Not n -> Query.of(q -> q.bool(b -> b.mustNot(translate(n.clause()))));
        };
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
        List<String> folded = MarsadAnalyzers.tokens(MarsadAnalyzers.chain("marsad_folded"), term.text());
        if (folded.size() != 1) {
            throw new QuerySyntaxException("a wildcard applies to one word: " + term.text() + "*", 0);
        }
        List<Query> fields = new ArrayList<>();
        for (String field : term.scope() == Scope.TITLE ? List.of("title") : List.of("title", "body")) {
            fields.add(Query.of(q -> q.prefix(p -> p.field(field).value(folded.get(0)))));
        }
        return fields.size() == 1 ? fields.get(0) : Query.of(q -> q.bool(b -> b.should(fields).minimumShouldMatch("1")));
    }

    /** One span query per analysed field, the best matching field counting. */
    private static Query near(Near near) {
        List<Query> perField = new ArrayList<>();
        for (TextField field : fields(near.scope())) {
            SpanQuery span = span(near, field);
            if (span != null) {
                perField.add(Query.of(q -> q.spanNear(span.spanNear())));
            }
        }
        return Query.of(q -> q.disMax(d -> d.queries(perField)));
    }

    /** The span of a NEAR operand in one field, or null when the field's chain leaves no token of it. */
    static SpanQuery span(QueryNode node, TextField field) {
        return switch (node) {
            case Term t -> sequence(MarsadAnalyzers.tokens(field.chain(), t.text()), field.name());
            case Phrase p -> sequence(MarsadAnalyzers.tokens(field.chain(), p.text()), field.name());
            case Or o -> {
                List<SpanQuery> clauses = new ArrayList<>();
                for (QueryNode clause : o.clauses()) {
                    SpanQuery span = span(clause, field);
                    if (span != null) {
                        clauses.add(span);
                    }
                }
                yield clauses.isEmpty() ? null : SpanQuery.of(s -> s.spanOr(or -> or.clauses(clauses)));
            }
            case Near n -> {
                SpanQuery left = span(n.left(), field);
                SpanQuery right = span(n.right(), field);
                yield left == null || right == null ? null
                    : SpanQuery.of(s -> s.spanNear(sn -> sn.clauses(left, right).slop(n.distance()).inOrder(n.ordered())));
            }
            default -> throw new IllegalArgumentException("not a NEAR operand: " + node);
        };
    }

    /** Tokens side by side, in order; one token is a span term. */
    private static SpanQuery sequence(List<String> tokens, String field) {
        if (tokens.isEmpty()) {
            return null;
        }
        List<SpanQuery> terms = tokens.stream().map(t -> SpanQuery.of(s -> s.spanTerm(st -> st.field(field).value(t)))).toList();
        return terms.size() == 1 ? terms.get(0) : SpanQuery.of(s -> s.spanNear(sn -> sn.clauses(terms).slop(0).inOrder(true)));
    }

    private static Query filter(Filter filter) {
        String value = filter.value();
        return switch (filter.field()) {
            case "source" -> term("sourceName", value);
            case "site" -> term("site", value);
            case "lang" -> term("language", value);
            case "entity" -> value.indexOf(':') > 0 ? term("entities", value)
                : Query.of(q -> q.bool(b -> b.should(term("persons", value), term("organizations", value), term("locations", value)).minimumShouldMatch("1")));
            case "tag" -> Query.of(q -> q.bool(b -> b.should(term("tags", value), term("keywords", value)).minimumShouldMatch("1")));
            default -> throw new IllegalArgumentException("unknown filter " + filter.field());
        };
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    static List<TextField> fields(Scope scope) {
        List<TextField> fields = new ArrayList<>();
        for (String base : scope == Scope.TITLE ? List.of("title") : List.of("title", "body")) {
            for (String sub : SUBFIELDS) {
                String chain = sub.isEmpty() ? "marsad_folded" : "marsad_" + sub.substring(1);
                fields.add(new TextField(base + sub, MarsadAnalyzers.chain(chain)));
            }
        }
        return fields;
    }

    private static List<String> names(Scope scope) {
        return fields(scope).stream().map(TextField::name).toList();
    }
}
