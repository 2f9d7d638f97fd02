package io.marsad.alerting.rest;

import io.marsad.alerting.repository.AlertInbox;
import io.marsad.support.rest.PageResponse;
import io.marsad.support.security.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The in-app inbox: your alerts from subscriptions that deliver in the app, newest first, each
 * with why it fired. Only your own, for admins too: another user's alert is not found.
 */
@Path("/api/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts")
public class AlertResource {

    /** One alert with the other articles of its story. */
    public record AlertWithCopies(AlertInbox.Alert alert, List<AlertInbox.Copy> copies) {}

    private final AlertInbox inbox;
    private final JsonWebToken token;
    private final SecurityIdentity identity;

    AlertResource(AlertInbox inbox, JsonWebToken token, SecurityIdentity identity) {
        this.inbox = inbox;
        this.token = token;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Your alerts, newest first (unread=true: only unread)")
    public PageResponse<AlertInbox.Alert> list(@QueryParam("unread") @DefaultValue("false") boolean unread,
                                               @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                               @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) throws SQLException {
        String owner = owner();
        return new PageResponse<>(inbox.page(owner, unread, page, size), page, size, inbox.count(owner, unread));
    }

    @GET
    @Path("/unread-count")
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "How many of your alerts are unread")
    public Map<String, Long> unreadCount() throws SQLException {
        return Map.of("unread", inbox.count(owner(), true));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "One of your alerts, with the other articles of its story")
    public AlertWithCopies get(@PathParam("id") long id) throws SQLException {
        AlertInbox.Alert alert = inbox.get(owner(), id).orElseThrow(() -> new NotFoundException("No alert " + id + " of yours."));
        return new AlertWithCopies(alert, inbox.copies(id));
    }

    @POST
    @Path("/{id}/read")
    @Consumes(MediaType.WILDCARD) // no body
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Mark one of your alerts read")
    public Response markRead(@PathParam("id") long id) throws SQLException {
        if (!inbox.markRead(owner(), id)) {
            throw new NotFoundException("No alert " + id + " of yours.");
        }
        return Response.noContent().build();
    }

    @POST
    @Path("/read-all")
    @Consumes(MediaType.WILDCARD) // no body
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Mark all your alerts read")
    public Map<String, Integer> markAllRead() throws SQLException {
        return Map.of("marked", inbox.markAllRead(owner()));
    }

    private String owner() {
        return Caller.of(token, identity).subject();
    }
}
