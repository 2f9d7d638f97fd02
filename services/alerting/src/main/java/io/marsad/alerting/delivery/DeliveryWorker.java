package io.marsad.alerting.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.alerting.config.AlertingConfig;
import io.marsad.alerting.repository.AlertRepository;
import io.marsad.alerting.repository.DeliveryQueue;
import io.marsad.alerting.repository.DigestRepository;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends what the delivery queue holds: lease due deliveries, send each (webhook or e-mail), and
 * record the outcome. A receiver's 2xx, or the mail server's acceptance, delivers; a network error, a timeout, 408, 425, 429 or 5xx is tried again after
 * a pause that doubles from {@code delivery-retry-base} up to an hour; after
 * {@code delivery-max-attempts}, or at once on any other answer (the receiver refuses this
 * request as it is), the delivery is dead until its owner retries it.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);
    static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    private final DeliveryQueue queue;
    private final AlertRepository alerts;
    private final DigestRepository digests;
    private final WebhookSender webhooks;
    private final EmailSender email;
    private final ObjectMapper json;
    private final AlertingConfig config;
    private final MeterRegistry metrics;
    private final String owner = "alerting-delivery/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);

    DeliveryWorker(DeliveryQueue queue, AlertRepository alerts, DigestRepository digests, WebhookSender webhooks, EmailSender email,
                   ObjectMapper json, AlertingConfig config, MeterRegistry metrics) {
        this.digests = digests;
        this.email = email;
        this.queue = queue;
        this.alerts = alerts;
        this.webhooks = webhooks;
        this.json = json;
        this.config = config;
        this.metrics = metrics;
    }

    /** Sends what is due, batch by batch; returns how many were delivered. */
    public int deliverDue() throws Exception {
        int delivered = 0;
        while (true) {
            List<DeliveryQueue.Due> batch = queue.lease(owner, config.deliveryBatch(), config.deliveryLease());
            if (batch.isEmpty()) {
                return delivered;
            }
            try (var kept = queue.keepLeased(owner, batch.stream().map(DeliveryQueue.Due::id).toList(), config.deliveryLease())) {
                for (DeliveryQueue.Due due : batch) {
                    if (deliver(due)) {
                        delivered++;
                    }
                }
            }
        }
    }

    private boolean deliver(DeliveryQueue.Due due) throws Exception {
        Optional<Outgoing> outgoing = due.alertId() != null ? alerts.outgoing(due.alertId()) : digests.outgoing(due.digestId());
        if (outgoing.isEmpty()) {
            queue.failed(due.id(), null, "the alert, digest or subscription was deleted", null);
            count(due, "dead");
            return false;
        }
        WebhookSender.Outcome outcome = switch (due.channel()) {
            case "webhook" -> webhook(due, outgoing.get());
            case "email" -> email.send(due.target(), outgoing.get().message());
            default -> new WebhookSender.Outcome(null, "no sender for channel " + due.channel());
        };
        if (outcome.delivered()) {
            queue.delivered(due.id(), outcome.status());
            count(due, "delivered");
            return true;
        }
        boolean retry = retriable(outcome.status()) && due.attempts() + 1 < config.deliveryMaxAttempts();
        Instant next = retry ? Instant.now().plus(pause(due.attempts())) : null;
        String error = outcome.error() != null ? outcome.error() : "the receiver answered " + outcome.status();
        queue.failed(due.id(), outcome.status(), error, next);
        count(due, retry ? "retry" : "dead");
        if (!retry) {
            LOG.warnf("delivery %d (%s) to %s is dead after %d attempts: %s", due.id(), outgoing.get().idempotencyKey(), due.target(),
                due.attempts() + 1, error);
        }
        return false;
    }

    private WebhookSender.Outcome webhook(DeliveryQueue.Due due, Outgoing outgoing) throws Exception {
        if (outgoing.webhookSecret() == null) {
            return new WebhookSender.Outcome(null, "the subscription no longer has a webhook");
        }
        byte[] body = json.writeValueAsString(outgoing.message()).getBytes(StandardCharsets.UTF_8);
        // one key per alert or digest: every attempt, on any replica, carries the same one
        return webhooks.post(due.target(), outgoing.webhookSecret(), outgoing.idempotencyKey(), body);
    }

    /** Worth trying again: no answer, or an answer that says "later". */
    static boolean retriable(Integer status) {
        return status == null || status == 408 || status == 425 || status == 429 || status >= 500;
    }

    /** The pause before attempt n+1: the base doubled n times, at most an hour. */
    Duration pause(int attempts) {
        Duration pause = config.deliveryRetryBase().multipliedBy(1L << Math.min(attempts, 20));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    private void count(DeliveryQueue.Due due, String outcome) {
        metrics.counter("marsad.alerting.deliveries", "channel", due.channel(), "outcome", outcome.toLowerCase(Locale.ROOT)).increment();
    }
}
