package io.marsad.alerting.service;

import io.marsad.alerting.repository.SubscriptionFeed;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.sql.SQLException;

/**
 * Keeps this replica's {@link SubscriptionMatcher} equal to the subscription table: the first call
 * loads every active subscription, each later one applies the changes made since (on any
 * replica), so a new, changed, muted or deleted subscription is in effect here within one
 * matching beat.
 */
@ApplicationScoped
public class SubscriptionFollower {

    private static final Logger LOG = Logger.getLogger(SubscriptionFollower.class);

    private final SubscriptionFeed feed;
    private final SubscriptionMatcher matcher;
    private long seenRevision;

    SubscriptionFollower(SubscriptionFeed feed, SubscriptionMatcher matcher) {
        this.feed = feed;
        this.matcher = matcher;
    }

    /** Applies what changed since the last call; returns the revision now in effect. */
    public synchronized long catchUp() throws SQLException, IOException {
        SubscriptionFeed.Changes changes = feed.since(seenRevision);
        matcher.put(changes.active());
        matcher.remove(changes.removed());
        if (changes.lastRevision() > seenRevision && LOG.isDebugEnabled()) {
            LOG.debugf("subscriptions: %d registered or changed, %d removed, revision %d, %d in effect", changes.active().size(),
                changes.removed().size(), changes.lastRevision(), matcher.size());
        }
        seenRevision = changes.lastRevision();
        return seenRevision;
    }
}
