package io.marsad.support.problem;

/** A request parameter or field failed a check that Bean Validation does not express; answered as 400 naming the field. */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
