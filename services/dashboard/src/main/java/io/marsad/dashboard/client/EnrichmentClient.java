package io.marsad.dashboard.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
 * Enrichment's knowledge base (docs/contracts/enrichment-entities.openapi.yaml), read with the
 * signed-in user's token: an entity's names in every script, and where a text names entities.
 */
@RegisterRestClient(configKey = "enrichment")
@Path("/api/entities")
@Produces(MediaType.APPLICATION_JSON)
public interface EnrichmentClient {

    @GET
    @Path("/{id}")
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = jakarta.ws.rs.ProcessingException.class)
    EntityCard entity(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id);

    @GET
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = jakarta.ws.rs.ProcessingException.class)
    List<EntityCard> find(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("q") String name,
                          @QueryParam("type") String type, @QueryParam("limit") int limit);

    @POST
    @Path("/match")
    @Consumes(MediaType.APPLICATION_JSON)
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    List<Mention> match(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, MatchRequest request);

    /** {@code language}: the article's, so the marks agree with what it was indexed with. */
    record MatchRequest(String text, String language) {}
}
