package io.marsad.query;

import java.util.List;

/**
 * A parsed boolean news query (docs/query-language.md). Text nodes ({@link Term}, {@link Phrase},
 * {@link Near}) carry the scope they search: all text, or titles only ({@code title:}). Filters
 * ({@link Filter}) match keyword fields exactly (after the index's keyword normaliser).
 */
public sealed interface QueryNode {

    /** Where text is searched. */
    enum Scope { TEXT, TITLE }

    /** A word; with {@code prefix}, every word starting with it ({@code sanction*}). */
    record Term(String text, boolean prefix, Scope scope) implements QueryNode {}

    /** Words in this order, next to each other. */
    record Phrase(String text, Scope scope) implements QueryNode {}

    /** Two words or phrases (or groups of them joined by OR) at most {@code distance} words apart. */
    record Near(QueryNode left, QueryNode right, int distance, boolean ordered, Scope scope) implements QueryNode {}

    /** A keyword field equal to a value: {@code source:}, {@code site:}, {@code lang:}, {@code entity:}, {@code tag:}. */
    record Filter(String field, String value) implements QueryNode {}

    record And(List<QueryNode> clauses) implements QueryNode {}

    record Or(List<QueryNode> clauses) implements QueryNode {}

    record Not(QueryNode clause) implements QueryNode {}
}
