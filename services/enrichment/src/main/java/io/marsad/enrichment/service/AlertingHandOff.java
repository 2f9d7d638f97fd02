package io.marsad.enrichment.service;

import io.marsad.enrichment.client.AlertingClient;
import io.marsad.enrichment.client.EnrichedArticleBatch;
import io.marsad.enrichment.rest.BatchReceipt;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;

/**
 * Sends a batch to alerting, retrying brief failures and failing fast while alerting is down (the
 * articles stay in the outbox meanwhile).
 */
@ApplicationScoped
public class AlertingHandOff {

    private final AlertingClient client;

    AlertingHandOff(@RestClient AlertingClient client) {
        this.client = client;
    }

    @Retry(maxRetries = 2, delay = 500, jitter = 200)
    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS)
    public BatchReceipt send(EnrichedArticleBatch batch) {
        return client.submit(batch);
    }
}
