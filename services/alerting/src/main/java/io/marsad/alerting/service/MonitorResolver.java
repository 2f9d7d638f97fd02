package io.marsad.alerting.service;

import io.marsad.alerting.client.FollowedMonitor;
import io.marsad.alerting.client.MonitorClient;
import io.marsad.support.problem.DependencyUnavailableException;
import io.marsad.support.problem.InvalidFieldException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
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
        if (definition.query() != null && !definition.query().isBlank()) {
            throw new InvalidFieldException("query", "give either a query or a monitorId to follow, not both");
        }
        if (!definition.languages().isEmpty() || !definition.sources().isEmpty() || !definition.entities().isEmpty()) {
            throw new InvalidFieldException("monitorId", "a subscription that follows a monitor takes the monitor's filters: "
                + "leave languages, sources and entities out");
        }
        FollowedMonitor monitor = read(definition.monitorId(), "Bearer " + bearerToken);
        return definition.following(monitor.query(), monitor.languagesOrEmpty(), monitor.sourcesOrEmpty(), monitor.entitiesOrEmpty());
    }

    private FollowedMonitor read(long id, String authorization) {
        try {
            return monitors.monitor(authorization, id);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw new InvalidFieldException("monitorId", "there is no monitor " + id + " of yours");
            }
            throw new DependencyUnavailableException("The search service could not read monitor " + id + " (HTTP "
                + e.getResponse().getStatus() + "); try again shortly.", e);
        } catch (ProcessingException | FaultToleranceException e) {
            throw new DependencyUnavailableException("The search service did not answer for monitor " + id + "; try again shortly.", e);
        }
    }
}
