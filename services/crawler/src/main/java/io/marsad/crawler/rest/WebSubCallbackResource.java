package io.marsad.crawler.rest;

import io.marsad.crawler.service.WebSubSubscriber;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.sql.SQLException;

/**
 * WebSub callbacks, called by hubs, which hold no Keycloak token: each subscription's URL carries
 * a random key, its verification echoes a challenge only for requests the crawler made, and its
 * pushes count only when signed with the subscription's own secret.
 */
@Path("/websub/{key}")
@Tag(name = "WebSub")
@PermitAll
public class WebSubCallbackResource {

    private final WebSubSubscriber subscriber;

    WebSubCallbackResource(WebSubSubscriber subscriber) {
        this.subscriber = subscriber;
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "A hub's verification of intent (or its denial) for a subscription the crawler asked for")
    public String verify(@PathParam("key") String key, @QueryParam("hub.mode") String mode, @QueryParam("hub.topic") String topic,
                         @QueryParam("hub.challenge") String challenge, @QueryParam("hub.lease_seconds") Long leaseSeconds,
                         @QueryParam("hub.reason") String reason) throws SQLException {
        return subscriber.verify(key, mode, topic, challenge, leaseSeconds, reason)
            .orElseThrow(() -> new NotFoundException("No pending subscription of this callback to that topic."));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "A hub's push of the subscribed feed, signed with X-Hub-Signature")
    public Response receive(@PathParam("key") String key, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                            @HeaderParam("X-Hub-Signature") String signature, byte[] body) throws SQLException {
        return switch (subscriber.receive(key, body == null ? new byte[0] : body, contentType, signature)) {
            case ACCEPTED, IGNORED_BAD_SIGNATURE -> Response.accepted().build();
            // 410 tells the hub to stop: the source was removed with its subscriptions
            case UNKNOWN_SUBSCRIPTION -> throw new ClientErrorException("No such subscription (its source was removed).", Response.Status.GONE);
        };
    }
}
