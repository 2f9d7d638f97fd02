package io.marsad.alerting.rest;

import io.marsad.support.problem.Problem;

import java.util.List;

/** The answer to a hand-off: ids durably accepted, and items rejected with their invalid fields. */
public record BatchReceipt(List<String> accepted, List<Rejected> rejected) {

    public record Rejected(String id, String detail, List<Problem.FieldError> errors) {}
}
