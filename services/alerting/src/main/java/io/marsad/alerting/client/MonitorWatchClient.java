package io.marsad.alerting.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.temporal.ChronoUnit;

/**
 * Search's monitors (docs/contracts/search-monitors.openapi.yaml) as alerting follows them in the
 * background, with the pipeline service account's token (it may read any monitor, change none):
 * their definitions, and the spike signal that spike subscriptions watch.
 */
@RegisterRestClient(configKey = "search")
@OidcClientFilter
@Path("/api/monitors")
public interface MonitorWatchClient {

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = jakarta.ws.rs.ProcessingException.class)
    FollowedMonitor monitor(@PathParam("id") long id);

    @GET
    @Path("/{id}/spike")
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = jakarta.ws.rs.ProcessingException.class)
    MonitorSignal spike(@PathParam("id") long id, @QueryParam("tz") String timeZone, @QueryParam("day") String day,
                        @QueryParam("stories") int stories);
}
