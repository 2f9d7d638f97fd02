package io.marsad.query;

import io.marsad.query.QueryNode.Near;
import io.marsad.query.QueryNode.Or;
import io.marsad.query.QueryNode.Phrase;
import io.marsad.query.QueryNode.Term;
import io.marsad.support.elasticsearch.ArticleFields.AnalysedField;
import io.marsad.text.MarsadAnalyzers;

import java.util.ArrayList;
import java.util.List;

/**
 * What a NEAR searches in one analysed field, as a tree of span terms: the operands' tokens under
 * that field's chain, a phrase's tokens side by side in order, an OR group as alternatives. Both
 * translators build their span queries from this one plan, so they cannot tokenise differently.
 */
public sealed interface SpanPlan {

    /** One token in the field. */
    record Token(String field, String text) implements SpanPlan {}

    /** Spans at most {@code slop} positions apart, in order or not. */
    record Within(List<SpanPlan> clauses, int slop, boolean ordered) implements SpanPlan {}

    /** Any of the spans. */
    record AnyOf(List<SpanPlan> clauses) implements SpanPlan {}

    /** The plan of a NEAR or of one of its operands in a field, or null when the field's chain leaves no token of it. */
    static SpanPlan of(QueryNode node, AnalysedField field) {
        return switch (node) {
            case Term t -> sequence(MarsadAnalyzers.tokens(field.chain(), t.text()), field.name());
            case Phrase p -> sequence(MarsadAnalyzers.tokens(field.chain(), p.text()), field.name());
            case Or o -> {
                List<SpanPlan> clauses = new ArrayList<>();
                for (QueryNode clause : o.clauses()) {
                    SpanPlan plan = of(clause, field);
                    if (plan != null) {
                        clauses.add(plan);
                    }
                }
                yield clauses.isEmpty() ? null : new AnyOf(List.copyOf(clauses));
            }
            case Near n -> {
                SpanPlan left = of(n.left(), field);
                SpanPlan right = of(n.right(), field);
                yield left == null || right == null ? null : new Within(List.of(left, right), n.distance(), n.ordered());
            }
            default -> throw new IllegalArgumentException("not a NEAR operand: " + node);
        };
    }

    /** Per analysed field of the NEAR's scope, its plan; fields whose chain leaves an operand without tokens are left out. */
    static List<SpanPlan> perField(Near near) {
        List<SpanPlan> plans = new ArrayList<>();
        for (AnalysedField field : SearchedFields.analysed(near.scope())) {
            SpanPlan plan = of(near, field);
            if (plan != null) {
                plans.add(plan);
            }
        }
        return plans;
    }

    /** Tokens side by side, in order; one token is a term. */
    private static SpanPlan sequence(List<String> tokens, String field) {
        if (tokens.isEmpty()) {
            return null;
        }
        List<SpanPlan> terms = tokens.stream().<SpanPlan>map(token -> new Token(field, token)).toList();
        return terms.size() == 1 ? terms.get(0) : new Within(terms, 0, true);
    }
}
