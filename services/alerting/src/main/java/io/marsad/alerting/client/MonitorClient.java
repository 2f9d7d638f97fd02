package io.marsad.alerting.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

/**
 * Search's monitors (docs/contracts/search-monitors.openapi.yaml) read on a user's behalf with the
 * user's own token, when the user saves or backtests a subscription that follows one: only a
 * monitor that user may read is found.
 */
@RegisterRestClient(configKey = "search")
@Path("/api/monitors")
public interface MonitorClient {

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = jakarta.ws.rs.ProcessingException.class)
    FollowedMonitor monitor(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id);

    @GET
    @Path("/{id}/spike")
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = jakarta.ws.rs.ProcessingException.class)
    MonitorSignal spike(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id,
                        @QueryParam("tz") String timeZone, @QueryParam("day") String day, @QueryParam("stories") int stories);
}
