package io.marsad.search.rest;

import io.marsad.query.QuerySyntaxException;
import io.marsad.support.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** A malformed query is the client's error: 400 problem+json saying what is wrong and where. */
public class QueryErrorMapper {

    @ServerExceptionMapper
    public Response malformedQuery(QuerySyntaxException e, UriInfo uri) {
        String where = e.getMessage() + " (at character " + e.position() + ")";
        return Problem.of(Response.Status.BAD_REQUEST, "The query is malformed: " + where)
            .withErrors(List.of(new Problem.FieldError("q", where))).at(uri.getPath()).toResponse();
    }
}
