package io.marsad.alerting.rest;

import io.marsad.alerting.model.Subscription;
import io.marsad.alerting.repository.DeliveryQueue;
import io.marsad.alerting.service.SubscriptionPreview;
import io.marsad.alerting.service.MonitorResolver;
import io.marsad.alerting.service.SpikeBacktest;
import io.marsad.alerting.service.SubscriptionPreviewer;
import io.marsad.support.problem.InvalidFieldException;
import io.marsad.alerting.service.SubscriptionService;
import io.marsad.support.rest.PageResponse;
import io.marsad.support.security.Caller;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.sql.SQLException;

/**
 * Alert subscriptions: HTTP in and out; {@link SubscriptionService} owns them. A user sees and
 * changes only their own (another user's id answers 404, as a missing one does); admins may list
 * everyone's ({@code ?all=true}) and read any.
 */
@Path("/api/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriptions")
public class SubscriptionResource {

    private final SubscriptionService subscriptions;
    private final SubscriptionPreviewer previewer;
    private final MonitorResolver monitors;
    private final SpikeBacktest spikeBacktest;
    private final JsonWebToken token;
    private final SecurityIdentity identity;

    SubscriptionResource(SubscriptionService subscriptions, SubscriptionPreviewer previewer, MonitorResolver monitors,
                         SpikeBacktest spikeBacktest, JsonWebToken token, SecurityIdentity identity) {
        this.subscriptions = subscriptions;
        this.spikeBacktest = spikeBacktest;
        this.monitors = monitors;
        this.previewer = previewer;
        this.token = token;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Your subscriptions by name; admins may ask for everyone's with all=true")
    public PageResponse<SubscriptionResponse> list(@QueryParam("all") @DefaultValue("false") boolean all,
                                                   @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                   @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        PanacheQuery<Subscription> query = subscriptions.list(caller(), all, page, size);
        return new PageResponse<>(query.list().stream().map(SubscriptionResponse::of).toList(), page, size, query.count());
    }

    @POST
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Subscribe: the query must parse, a webhook must be a public http(s) URL; answers the webhook's signing secret")
    public Response create(@Valid @NotNull SubscriptionRequest request, UriInfo uri) {
        Subscription subscription = subscriptions.create(caller(), monitors.resolve(request.toDefinition(), token.getRawToken()));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(subscription.id)).build())
            .entity(SubscriptionResponse.of(subscription)).build();
    }

    @POST
    @Path("/preview")
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Backtest a draft before saving it: the alerts it would have raised per day over the last days "
        + "(through the search service, as you), with a sample of the newest and their highlighted passages; for a spike "
        + "subscription, the days the monitor's signal was on")
    public SubscriptionPreview preview(@Valid @NotNull SubscriptionPreviewRequest request) {
        if (request.spike()) {
            if (request.monitorId() == null) {
                throw new InvalidFieldException("monitorId", "a spike subscription watches the volume of a monitor: name the monitor");
            }
            return spikeBacktest.preview(token.getRawToken(), request.monitorId(), request.timeZoneOrDefault(), request.daysOrDefault(),
                request.sampleOrDefault());
        }
        SubscriptionPreviewer.Draft draft = request.monitorId() == null ? request.toDraft()
            : request.toDraft(monitors.followed(request.monitorId(), request.query(), request.filtered(), token.getRawToken()));
        return previewer.preview(token.getRawToken(), draft, request.daysOrDefault(), request.sampleOrDefault());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "One of your subscriptions (admins: any)")
    public SubscriptionResponse get(@PathParam("id") long id) {
        return SubscriptionResponse.of(subscriptions.readable(caller(), id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Replace one of your subscriptions (set active=false to mute it)")
    public SubscriptionResponse replace(@PathParam("id") long id, @Valid @NotNull SubscriptionRequest request) {
        subscriptions.readable(caller(), id); // someone else's is 404 before anything is asked of search
        return SubscriptionResponse.of(subscriptions.replace(caller(), id, monitors.resolve(request.toDefinition(), token.getRawToken())));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Delete one of your subscriptions")
    public Response delete(@PathParam("id") long id) {
        subscriptions.delete(caller(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/webhook-secret")
    @Consumes(MediaType.WILDCARD) // no body
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Replace the webhook's signing secret with a new one")
    public SubscriptionResponse rotateWebhookSecret(@PathParam("id") long id) {
        return SubscriptionResponse.of(subscriptions.rotateWebhookSecret(caller(), id));
    }

    @GET
    @Path("/{id}/deliveries")
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "The subscription's delivery log: each alert to each webhook and address, its status, attempts and last answer")
    public PageResponse<DeliveryQueue.Logged> deliveries(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                         @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) throws SQLException {
        SubscriptionService.DeliveryLog log = subscriptions.deliveries(caller(), id, page, size);
        return new PageResponse<>(log.deliveries(), page, size, log.total());
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/retry")
    @Consumes(MediaType.WILDCARD) // no body
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Send a dead delivery of one of your subscriptions again")
    public Response retryDelivery(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) throws SQLException {
        subscriptions.retryDelivery(caller(), id, deliveryId);
        return Response.noContent().build();
    }

    private Caller caller() {
        return Caller.of(token, identity);
    }
}
