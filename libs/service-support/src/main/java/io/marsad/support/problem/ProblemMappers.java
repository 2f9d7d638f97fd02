package io.marsad.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * Turns every failure of a Marsad API into {@code application/problem+json} (RFC 9457). Details
 * explain client errors; server errors are logged and answered without internals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return invalidJson(json, uri); // the JSON reader wraps what it cannot parse
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            LOG.error("request failed", e);
            return Problem.of(status, "The server could not complete the request.").at(path(uri)).toResponse();
        }
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? defaultDetail(status) : e.getMessage();
        Response response = Problem.of(status, detail).at(path(uri)).toResponse();
        return copyHeaders(e.getResponse(), response);
    }

    @ServerExceptionMapper
    public Response invalidInput(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = Violations.fieldErrors(e.getConstraintViolations());
        return Problem.of(Response.Status.BAD_REQUEST, "The request has invalid fields.").withErrors(errors).at(path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response invalidField(InvalidFieldException e, UriInfo uri) {
        return Problem.of(Response.Status.BAD_REQUEST, "The request has invalid fields.")
            .withErrors(List.of(new Problem.FieldError(e.field(), e.getMessage()))).at(path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response dependencyUnavailable(DependencyUnavailableException e, UriInfo uri) {
        LOG.warn(e.getMessage(), e.getCause());
        return Response.fromResponse(Problem.of(Response.Status.SERVICE_UNAVAILABLE, e.getMessage()).at(path(uri)).toResponse())
            .header(HttpHeaders.RETRY_AFTER, "10")
            .build();
    }

    // Listed one by one: Quarkus has built-in mappers for some subtypes, and the most specific type wins.
    @ServerExceptionMapper({JsonProcessingException.class, com.fasterxml.jackson.core.JsonParseException.class,
        com.fasterxml.jackson.databind.exc.MismatchedInputException.class, com.fasterxml.jackson.databind.exc.InvalidFormatException.class,
        com.fasterxml.jackson.databind.exc.ValueInstantiationException.class, com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException.class})
    public Response invalidJson(JsonProcessingException e, UriInfo uri) {
        String where = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
            ? " at " + mapping.getPathReference().replaceFirst("^[^\\[]*", "")
            : "";
        String detail = "The request body is not valid JSON for this operation" + where + ": " + e.getOriginalMessage();
        return Problem.of(Response.Status.BAD_REQUEST, detail).at(path(uri)).toResponse();
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, "A valid bearer token is required.").at(path(uri)).toResponse())
            .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"marsad\"")
            .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problem.of(Response.Status.FORBIDDEN, "Your account lacks the role this operation requires.").at(path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("unexpected failure", e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "The server could not complete the request.").at(path(uri)).toResponse();
    }

    private static String defaultDetail(Response.StatusType status) {
        return switch (status.getStatusCode()) {
            case 404 -> "No resource matches this path.";
            case 405 -> "This resource does not support the method.";
            case 406 -> "This resource cannot produce the requested media type.";
            case 415 -> "This resource does not accept the request's media type.";
            default -> status.getReasonPhrase();
        };
    }

    private static Response copyHeaders(Response from, Response to) {
        Response.ResponseBuilder builder = Response.fromResponse(to);
        from.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
