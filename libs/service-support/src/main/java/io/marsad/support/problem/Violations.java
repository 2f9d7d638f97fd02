package io.marsad.support.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/** Bean Validation results in the client's terms. */
public final class Violations {

    private Violations() {}

    /** One error per violation, sorted by field. */
    public static List<Problem.FieldError> fieldErrors(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
            .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
            .toList();
    }

    /**
     * The client's name for the invalid input: {@code name}, {@code feedUrls[1]}, or a query
     * parameter's name. Method and body-parameter nodes mean nothing to a client and are left out.
     */
    public static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            switch (node.getKind()) {
                case PARAMETER -> {
                    if (i == nodes.size() - 1) {
                        append(field, node.getName());
                    }
                }
                case PROPERTY, BEAN -> append(field, node.getName());
                case CONTAINER_ELEMENT -> {
                    if (node.getIndex() != null) {
                        field.append('[').append(node.getIndex()).append(']');
                    } else if (node.getKey() != null) {
                        field.append('[').append(node.getKey()).append(']');
                    }
                }
                default -> {
                    // METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER
                }
            }
        }
        return field.isEmpty() ? violation.getPropertyPath().toString() : field.toString();
    }

    private static void append(StringBuilder field, String name) {
        if (name == null || name.startsWith("<")) {
            return;
        }
        if (!field.isEmpty()) {
            field.append('.');
        }
        field.append(name);
    }

}
