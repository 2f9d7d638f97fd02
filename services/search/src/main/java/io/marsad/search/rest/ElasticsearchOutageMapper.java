package io.marsad.search.rest;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.rest5_client.low_level.ResponseException;
import io.marsad.support.problem.DependencyUnavailableException;
import io.marsad.support.problem.ProblemMappers;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.ConnectException;

/**
 * Elasticsearch busy, starting or unreachable — 503 or 429 from the node (an index whose shards
 * are not yet allocated, a full search queue), or no connection — is not the client's error and not
 * a bug: 503 problem+json with Retry-After, as for every dependency that is down. Other failures
 * stay 500.
 */
public class ElasticsearchOutageMapper {

    private final ProblemMappers problems = new ProblemMappers();

    @ServerExceptionMapper
    public Response elasticsearch(ElasticsearchException e, UriInfo uri) {
        if (unavailable(e.status())) {
            return unavailable(e, uri);
        }
        return problems.unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response lowLevel(ResponseException e, UriInfo uri) {
        if (unavailable(e.getResponse().getStatusCode())) {
            return unavailable(e, uri);
        }
        return problems.unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response unreachable(ConnectException e, UriInfo uri) {
        return unavailable(e, uri);
    }

    private Response unavailable(Exception e, UriInfo uri) {
        return problems.dependencyUnavailable(new DependencyUnavailableException("Elasticsearch cannot answer now; try again shortly.", e), uri);
    }

    private static boolean unavailable(int status) {
        return status == 503 || status == 429;
    }
}
