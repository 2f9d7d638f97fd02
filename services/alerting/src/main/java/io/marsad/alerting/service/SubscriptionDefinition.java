package io.marsad.alerting.service;

import java.util.List;

/**
 * What a user defines a subscription by, as {@link SubscriptionService} checks and stores it.
 *
 * @param query        the query; for one that follows a monitor, the monitor's once resolved ({@link MonitorResolver})
 * @param kind         {@code keyword} or {@code spike}
 * @param monitorId    the monitor followed, or null
 * @param digestPeriod {@code hourly} or {@code daily} for a digest; null for realtime
 * @param digestHour   the hour of a daily digest in {@code timeZone}
 * @param webhookUrl   where webhook alerts are posted, or null for none
 */
public record SubscriptionDefinition(String name, String query, List<String> languages, List<String> sources, List<String> entities,
                                     String kind, Long monitorId, String mode, String digestPeriod, Integer digestHour, String timeZone, boolean inApp,
                                     List<String> emails, String webhookUrl, boolean active) {

    /** The same definition with the followed monitor's query and filters. */
    public SubscriptionDefinition following(String monitorQuery, List<String> monitorLanguages, List<String> monitorSources,
                                            List<String> monitorEntities) {
        return new SubscriptionDefinition(name, monitorQuery, monitorLanguages, monitorSources, monitorEntities, kind, monitorId, mode,
            digestPeriod, digestHour, timeZone, inApp, emails, webhookUrl, active);
    }
}
