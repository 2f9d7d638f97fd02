package io.marsad.dashboard.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.temporal.ChronoUnit;

/**
 * The crawler's sources (docs/contracts/crawler-sources.openapi.yaml), managed on the signed-in
 * admin's behalf with their own token: the crawler, not the dashboard, decides who may change what.
 */
@RegisterRestClient(configKey = "crawler")
@Path("/api/sources")
@Produces(MediaType.APPLICATION_JSON)
public interface CrawlerClient {

    @GET
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = jakarta.ws.rs.ProcessingException.class)
    SourcePage sources(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("q") String nameContains,
                       @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/{id}")
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = jakarta.ws.rs.ProcessingException.class)
    SourceView source(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    SourceView create(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, SourceDraft source);

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    SourceView update(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id, SourceDraft source);

    @DELETE
    @Path("/{id}")
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    Response delete(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id);

    /** Fetches the homepage and its robots.txt (politely), so it may take a while. */
    @POST
    @Path("/discover")
    @Consumes(MediaType.APPLICATION_JSON)
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    Discovered discover(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, DiscoverRequest request);

    @POST
    @Path("/import")
    @Consumes("text/x-opml")
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    ImportResult importOpml(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, byte[] opml);

    record DiscoverRequest(String homepage) {}
}
