package io.marsad.alerting.service;

import java.util.List;

/**
 * What a user defines a subscription by, as {@link SubscriptionService} checks and stores it.
 *
 * @param digestPeriod {@code hourly} or {@code daily} for a digest; null for realtime
 * @param digestHour   the hour of a daily digest in {@code timeZone}
 * @param webhookUrl   where webhook alerts are posted, or null for none
 */
public record SubscriptionDefinition(String name, String query, List<String> languages, List<String> sources, List<String> entities,
                                     String mode, String digestPeriod, Integer digestHour, String timeZone, boolean inApp,
                                     List<String> emails, String webhookUrl, boolean active) {}
