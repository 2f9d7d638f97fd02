package io.marsad.alerting.service;

import io.marsad.alerting.client.FollowedMonitor;
import io.marsad.alerting.client.MonitorClient;
import io.marsad.alerting.client.SearchCalls;
import io.marsad.support.problem.InvalidFieldException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Fills a definition that follows a monitor with the monitor's query and filters, read from the
 * search service with the user's own token: a user can follow only a monitor they may read, and
 * the answer for anyone else's is the same as for a missing one.
 */
@ApplicationScoped
public class MonitorResolver {

    private final MonitorClient monitors;

    MonitorResolver(@RestClient MonitorClient monitors) {
        this.monitors = monitors;
    }

    /** The definition as is without a monitor; with one, the monitor's query and filters in it. */
    public SubscriptionDefinition resolve(SubscriptionDefinition definition, String bearerToken) {
        if (definition.monitorId() == null) {
            return definition;
        }
        boolean filtered = !definition.languages().isEmpty() || !definition.sources().isEmpty() || !definition.entities().isEmpty();
        FollowedMonitor monitor = followed(definition.monitorId(), definition.query(), filtered, bearerToken);
        return definition.following(monitor.query(), monitor.languagesOrEmpty(), monitor.sourcesOrEmpty(), monitor.entitiesOrEmpty());
    }

    /**
     * The monitor a draft follows, as the user may read it; a 400 when the draft also gives a query
     * or filters of its own (a subscription that follows a monitor takes the monitor's).
     */
    public FollowedMonitor followed(long monitorId, String query, boolean filtered, String bearerToken) {
        if (query != null && !query.isBlank()) {
            throw new InvalidFieldException("query", "give either a query or a monitorId to follow, not both");
        }
        if (filtered) {
            throw new InvalidFieldException("monitorId", "a subscription that follows a monitor takes the monitor's filters: "
                + "leave languages, sources and entities out");
        }
        return read(monitorId, "Bearer " + bearerToken);
    }

    private FollowedMonitor read(long id, String authorization) {
        return SearchCalls.call("monitor " + id, () -> monitors.monitor(authorization, id), MonitorResolver::notYours);
    }

    /** A monitor search does not find for the user: a 400 naming the monitorId (someone else's reads as a missing one). */
    static RuntimeException notYours(WebApplicationException e) {
        return e.getResponse().getStatus() != 404 ? null : new InvalidFieldException("monitorId", "there is no such monitor of yours");
    }
}
