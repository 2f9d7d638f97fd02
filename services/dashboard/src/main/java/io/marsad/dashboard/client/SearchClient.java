package io.marsad.dashboard.client;

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

/**
 * The search service's monitors API (docs/api.md#monitors), called on the signed-in user's behalf
 * with the user's own access token: the dashboard sees and changes exactly what the user may. A
 * call that does not connect is tried twice more; one that takes too long is given up.
 */
@RegisterRestClient(configKey = "search")
@Path("/api/monitors")
@Produces(MediaType.APPLICATION_JSON)
public interface SearchClient {

    @GET
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = jakarta.ws.rs.ProcessingException.class)
    MonitorList monitors(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("page") int page,
                         @QueryParam("size") int size);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    Monitor create(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, MonitorDraft draft);
}
