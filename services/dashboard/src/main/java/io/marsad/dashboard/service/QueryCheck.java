package io.marsad.dashboard.service;

import io.marsad.query.QueryParser;
import io.marsad.query.QuerySyntaxException;

/**
 * Whether a query in Marsad's language parses (libs/query, the parser search and alerting use), and
 * where not: the query cut around the offending word, so a page can underline it as it is typed.
 *
 * @param before  the query up to the offending word
 * @param at      the offending word (a space when the query ends too soon)
 * @param after   the rest of the query
 */
public record QueryCheck(boolean valid, String message, int position, String before, String at, String after) {

    public static QueryCheck of(String query) {
        String text = query == null ? "" : query;
        try {
            QueryParser.parse(text);
            return new QueryCheck(true, null, -1, text, "", "");
        } catch (QuerySyntaxException e) {
            int start = Math.clamp(e.position(), 0, text.length());
            int end = start;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            return new QueryCheck(false, e.getMessage(), start, text.substring(0, start), end == start ? " " : text.substring(start, end),
                text.substring(end));
        }
    }
}
