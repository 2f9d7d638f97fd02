package io.marsad.alerting.service;

import io.marsad.alerting.client.FollowedMonitor;
import io.marsad.alerting.client.MonitorWatchClient;
import io.marsad.alerting.repository.FollowedMonitors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.sql.SQLException;

/**
 * Keeps the subscriptions that follow a monitor in step with it: reads each followed monitor from
 * the search service (as the pipeline) and gives its query and filters to its subscriptions; a
 * monitor that is gone mutes them, saying since when. A search service that does not answer is
 * tried again at the next beat; the subscriptions keep matching what they last had meanwhile.
 */
@ApplicationScoped
public class MonitorFollower {

    private static final Logger LOG = Logger.getLogger(MonitorFollower.class);

    /** What one pass did. */
    public record Followed(int monitors, int updated, int muted, int unreachable) {}

    private final MonitorWatchClient search;
    private final FollowedMonitors subscriptions;

    MonitorFollower(@RestClient MonitorWatchClient search, FollowedMonitors subscriptions) {
        this.search = search;
        this.subscriptions = subscriptions;
    }

    public Followed follow() throws SQLException {
        int monitors = 0;
        int updated = 0;
        int muted = 0;
        int unreachable = 0;
        for (long id : subscriptions.followed()) {
            monitors++;
            FollowedMonitor monitor;
            try {
                monitor = search.monitor(id);
            } catch (WebApplicationException e) {
                if (e.getResponse().getStatus() == 404) {
                    int gone = subscriptions.gone(id);
                    muted += gone;
                    LOG.infof("monitor %d is gone: %d subscription(s) following it muted", id, gone);
                } else {
                    unreachable++;
                    LOG.warnf("monitor %d could not be read (HTTP %d); its subscriptions keep their last definition", id,
                        e.getResponse().getStatus());
                }
                continue;
            } catch (RuntimeException e) {
                LOG.warnf("the search service did not answer for the followed monitors (%s); trying again at the next beat", e.toString());
                return new Followed(monitors, updated, muted, unreachable + 1);
            }
            updated += subscriptions.update(monitor);
        }
        return new Followed(monitors, updated, muted, unreachable);
    }
}
