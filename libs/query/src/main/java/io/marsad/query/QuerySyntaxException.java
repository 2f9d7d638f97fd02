package io.marsad.query;

/** A query that does not parse: what is wrong, and at which character (0-based) of the query. */
public class QuerySyntaxException extends RuntimeException {

    private final int position;

    public QuerySyntaxException(String message, int position) {
        super(message);
        this.position = position;
    }

    public int position() {
        return position;
    }
}
