package io.marsad.support.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error response of the Marsad APIs.
 *
 * @param errors per-field validation errors, when the request body or parameters were invalid
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    /** Problems without a more specific type use about:blank, whose title is the HTTP reason phrase. */
    public static final URI ABOUT_BLANK = URI.create("about:blank");

    public static Problem of(Response.StatusType status, String detail) {
        return new Problem(ABOUT_BLANK, status.getReasonPhrase(), status.getStatusCode(), detail, null, null);
    }

    /** For statuses {@link Response.Status} lacks, e.g. 422 Unprocessable Content. */
    public static Problem of(int status, String title, String detail) {
        return new Problem(ABOUT_BLANK, title, status, detail, null, null);
    }

    public Problem at(String requestPath) {
        return new Problem(type, title, status, detail, requestPath, errors);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors);
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }

    /** One invalid input: where ({@code field}, e.g. {@code body.name} or {@code query.size}) and why. */
    public record FieldError(String field, String message) {}
}
