package io.marsad.alerting.service;

import io.marsad.alerting.model.Subscription;
import io.marsad.alerting.repository.DeliveryQueue;
import io.marsad.alerting.repository.SubscriptionRepository;
import io.marsad.guard.AddressPolicy;
import io.marsad.query.QueryParser;
import io.marsad.query.QuerySyntaxException;
import io.marsad.support.problem.InvalidFieldException;
import io.marsad.support.security.Caller;
import io.marsad.support.validation.HttpUrlValidator;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Users' alert subscriptions. A user sees and changes only their own: another user's id is not
 * found, as a missing one is. Admins may list and read everyone's. Every definition is checked as
 * a whole before it is stored (a followed monitor's query and filters already in it,
 * {@link MonitorResolver}): the query parses, a spike watches a monitor, a digest says when, a webhook is an http(s) URL
 * the address guard lets through, at least one channel.
 */
@ApplicationScoped
public class SubscriptionService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SubscriptionRepository subscriptions;
    private final AddressPolicy webhookGuard;
    private final DeliveryQueue deliveries;

    SubscriptionService(SubscriptionRepository subscriptions, AddressPolicy webhookGuard, DeliveryQueue deliveries) {
        this.subscriptions = subscriptions;
        this.webhookGuard = webhookGuard;
        this.deliveries = deliveries;
    }

    /** A page of a subscription's delivery log and how many deliveries it has in all. */
    public record DeliveryLog(List<DeliveryQueue.Logged> deliveries, long total) {}

    /** The delivery log of the caller's subscription (admins: any), newest first. */
    public DeliveryLog deliveries(Caller caller, long id, int page, int size) throws SQLException {
        readable(caller, id);
        return new DeliveryLog(deliveries.log(id, page, size), deliveries.count(id));
    }

    /** Sends a dead delivery of the caller's own subscription again, from its first attempt. */
    public void retryDelivery(Caller caller, long id, long deliveryId) throws SQLException {
        own(caller, id);
        if (!deliveries.retry(caller.subject(), id, deliveryId)) {
            throw new NotFoundException("No dead delivery " + deliveryId + " of subscription " + id + ".");
        }
    }

    /** The caller's subscriptions by name, or with {@code all} (admins only) everyone's. */
    public PanacheQuery<Subscription> list(Caller caller, boolean all, int page, int size) {
        if (all && !caller.admin()) {
            throw new ForbiddenException("Only admins may list everyone's subscriptions.");
        }
        return subscriptions.listed(all ? null : caller.subject(), page, size);
    }

    @Transactional
    public Subscription create(Caller caller, SubscriptionDefinition definition) {
        Subscription subscription = new Subscription();
        subscription.ownerSubject = caller.subject();
        apply(check(definition), subscription);
        subscriptions.persist(subscription);
        return subscription;
    }

    @Transactional
    public Subscription replace(Caller caller, long id, SubscriptionDefinition definition) {
        Subscription subscription = own(caller, id);
        apply(check(definition), subscription);
        return subscription;
    }

    @Transactional
    public void delete(Caller caller, long id) {
        subscriptions.delete(own(caller, id));
    }

    /** A new webhook signing secret; the old one stops being used at once. */
    @Transactional
    public Subscription rotateWebhookSecret(Caller caller, long id) {
        Subscription subscription = own(caller, id);
        if (subscription.webhookUrl == null) {
            throw new InvalidFieldException("channels.webhook", "the subscription has no webhook to sign for");
        }
        subscription.webhookSecret = newSecret();
        return subscription;
    }

    /** The caller's own subscription, or any for an admin. */
    public Subscription readable(Caller caller, long id) {
        if (caller.admin()) {
            return subscriptions.findByIdOptional(id).orElseThrow(() -> new NotFoundException("No subscription " + id + "."));
        }
        return own(caller, id);
    }

    private Subscription own(Caller caller, long id) {
        return subscriptions.owned(id, caller.subject()).orElseThrow(() -> new NotFoundException("No subscription " + id + " of yours."));
    }

    /** The definition if it is whole and consistent; otherwise a 400 naming the field. */
    SubscriptionDefinition check(SubscriptionDefinition definition) {
        if (definition.query() == null || definition.query().isBlank()) {
            throw new InvalidFieldException("query", "a query is required, or a monitorId to follow");
        }
        checkQuery(definition.query());
        if (definition.kind().equals("spike") && definition.monitorId() == null) {
            throw new InvalidFieldException("monitorId", "a spike subscription watches the volume of a monitor: name the monitor");
        }
        zone(definition.timeZone());
        if (definition.mode().equals("digest")) {
            if (definition.digestPeriod() == null) {
                throw new InvalidFieldException("digest.period", "a digest needs a period: hourly or daily");
            }
            if (definition.digestPeriod().equals("daily") && definition.digestHour() == null) {
                throw new InvalidFieldException("digest.hour", "a daily digest needs the hour (0–23) it is sent at");
            }
        } else if (definition.digestPeriod() != null) {
            throw new InvalidFieldException("digest", "only a digest subscription has a digest period");
        }
        if (definition.webhookUrl() != null) {
            if (!HttpUrlValidator.isHttpUrl(definition.webhookUrl())) {
                throw new InvalidFieldException("channels.webhook.url", "must be an absolute http or https URL");
            }
            webhookGuard.refusalForUrl(definition.webhookUrl()).ifPresent(reason -> {
                throw new InvalidFieldException("channels.webhook.url", "is not allowed: the host " + reason);
            });
        }
        if (!definition.inApp() && definition.emails().isEmpty() && definition.webhookUrl() == null) {
            throw new InvalidFieldException("channels", "at least one channel: in the app, e-mail addresses or a webhook");
        }
        return definition;
    }

    /** A 400 naming the query and the character where it went wrong, unless it parses. */
    static void checkQuery(String query) {
        try {
            QueryParser.parse(query);
        } catch (QuerySyntaxException e) {
            throw new InvalidFieldException("query", e.getMessage() + " (at character " + e.position() + ")");
        }
    }

    /** The time zone, or a 400 naming it. */
    static ZoneId zone(String timeZone) {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new InvalidFieldException("timeZone", "is not a time zone such as Asia/Riyadh or UTC: " + timeZone);
        }
    }

    private static void apply(SubscriptionDefinition definition, Subscription subscription) {
        subscription.name = definition.name();
        subscription.query = definition.query();
        subscription.kind = definition.kind();
        subscription.monitorId = definition.monitorId();
        subscription.monitorMissingSince = null;
        subscription.languages = new ArrayList<>(definition.languages());
        subscription.sources = new ArrayList<>(definition.sources());
        subscription.entities = new ArrayList<>(definition.entities());
        subscription.mode = definition.mode();
        subscription.digestPeriod = definition.digestPeriod();
        subscription.digestHour = "daily".equals(definition.digestPeriod()) ? definition.digestHour() : null;
        subscription.timeZone = definition.timeZone();
        subscription.inApp = definition.inApp();
        subscription.emails = new ArrayList<>(definition.emails().stream().map(String::strip).distinct().toList());
        if (definition.webhookUrl() == null) {
            subscription.webhookSecret = null;
        } else if (subscription.webhookSecret == null || !Objects.equals(subscription.webhookUrl, definition.webhookUrl())) {
            subscription.webhookSecret = newSecret(); // a new receiver gets its own key
        }
        subscription.webhookUrl = definition.webhookUrl();
        subscription.active = definition.active();
    }

    private static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }
}
