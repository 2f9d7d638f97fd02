package io.marsad.dashboard.client;

import io.smallrye.mutiny.Multi;
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
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The alerting service's API (docs/api.md#alerting) on the signed-in user's behalf, with the user's
 * own access token: their subscriptions, backtests, in-app alerts and the live unread count.
 */
@RegisterRestClient(configKey = "alerting")
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface AlertingClient {

    @GET
    @Path("/alerts")
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = jakarta.ws.rs.ProcessingException.class)
    AlertList alerts(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("size") int size);

    @POST
    @Path("/alerts/{id}/read")
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    void markRead(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id);

    /** The unread count, once on connecting and whenever it changes. */
    @GET
    @Path("/alerts/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    Multi<Unread> unread(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @GET
    @Path("/subscriptions")
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = jakarta.ws.rs.ProcessingException.class)
    SubscriptionList subscriptions(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("size") int size);

    @GET
    @Path("/subscriptions/{id}")
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = jakarta.ws.rs.ProcessingException.class)
    SubscriptionList.Subscription subscription(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id);

    /** A subscription as alerting takes it (docs/contracts/alerting-subscriptions.openapi.yaml). */
    @POST
    @Path("/subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    SubscriptionList.Subscription subscribe(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, SubscriptionDraft subscription);

    @PUT
    @Path("/subscriptions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    SubscriptionList.Subscription replace(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id,
                                          SubscriptionDraft subscription);

    @DELETE
    @Path("/subscriptions/{id}")
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    void unsubscribe(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id);

    @POST
    @Path("/subscriptions/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    Preview preview(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, Map<String, Object> draft);
}
