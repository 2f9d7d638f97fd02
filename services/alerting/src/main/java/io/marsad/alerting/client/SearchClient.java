package io.marsad.alerting.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The search service's API (docs/contracts/search-articles.openapi.yaml), called on a user's
 * behalf with the user's own bearer token, so that a backtest sees what that user's searches see.
 * A call that does not connect is tried twice more; one that takes too long is given up.
 */
@RegisterRestClient(configKey = "search")
@Path("/api/search")
public interface SearchClient {

    @GET
    @Path("/articles")
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = jakarta.ws.rs.ProcessingException.class)
    SearchedArticlePage articles(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("q") String q,
                                 @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("lang") List<String> languages,
                                 @QueryParam("source") List<String> sources, @QueryParam("entity") List<String> entities,
                                 @QueryParam("size") int size, @QueryParam("cursor") String cursor);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = jakarta.ws.rs.ProcessingException.class)
    StorySearchResult search(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, StorySearch request);
}
