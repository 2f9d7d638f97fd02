package io.marsad.alerting.rest;

import io.marsad.alerting.config.AlertingConfig;
import io.marsad.alerting.repository.AlertInbox;
import io.marsad.support.security.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.sql.SQLException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The in-app inbox, live: a Server-Sent Events stream of the caller's unread count, sent when it
 * changes (and once on connecting), whichever replica raised the alert. Each connection looks at
 * the database on the stream beat ({@code marsad.alerting.stream-every}); the count is one indexed
 * query.
 */
@Path("/api/alerts/stream")
@Tag(name = "Alerts")
public class AlertStream {

    /** One event: how many of the caller's alerts are unread, and the newest alert's id. */
    public record Unread(long unread, Long newest) {}

    private final AlertInbox inbox;
    private final AlertingConfig config;
    private final JsonWebToken token;
    private final SecurityIdentity identity;

    AlertStream(AlertInbox inbox, AlertingConfig config, JsonWebToken token, SecurityIdentity identity) {
        this.inbox = inbox;
        this.config = config;
        this.token = token;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Your unread count as Server-Sent Events: once on connecting, then whenever it changes")
    public Multi<Unread> stream() {
        String owner = Caller.of(token, identity).subject();
        AtomicReference<Unread> last = new AtomicReference<>();
        return Multi.createFrom().ticks().startingAfter(java.time.Duration.ofMillis(1)).every(config.streamEvery())
            .emitOn(Infrastructure.getDefaultWorkerPool()) // the database is read off the event loop
            .map(tick -> unread(owner))
            .filter(now -> !Objects.equals(now, last.getAndSet(now)));
    }

    private Unread unread(String owner) {
        try {
            AlertInbox.UnreadSummary summary = inbox.unreadSummary(owner);
            return new Unread(summary.unread(), summary.newest());
        } catch (SQLException e) {
            throw new IllegalStateException("reading the unread count failed", e);
        }
    }
}
