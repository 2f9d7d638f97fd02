package io.marsad.support.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Validates the items of a batch one by one, so one bad item rejects only itself: the hand-offs
 * between services answer which ids were taken and, for the others, which fields were wrong.
 */
public final class ItemValidation {

    /** An item that failed, by the id it was sent with (null when it had none or was not an object). */
    public record Rejection(String id, String detail, List<Problem.FieldError> errors) {}

    /** The valid items in order, and the rejections. */
    public record Result<T>(List<T> valid, List<Rejection> rejected) {}

    private ItemValidation() {}

    public static <T> Result<T> validateEach(List<T> items, Validator validator, Function<T, String> id, String what) {
        List<T> valid = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        for (T item : items) {
            if (item == null) {
                rejected.add(new Rejection(null, "not " + what + " object", List.of()));
                continue;
            }
            Set<ConstraintViolation<T>> violations = validator.validate(item);
            if (violations.isEmpty()) {
                valid.add(item);
            } else {
                rejected.add(new Rejection(id.apply(item), "The " + what + " has invalid fields.", Violations.fieldErrors(violations)));
            }
        }
        return new Result<>(valid, rejected);
    }
}
