package io.marsad.crawler.service;

import io.marsad.crawler.client.ArticleBatch;
import io.marsad.crawler.client.BatchReceipt;
import io.marsad.crawler.client.EnrichmentClient;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;

/**
 * Sends a batch to enrichment, retrying brief failures and failing fast while enrichment is down
 * (the articles stay in the outbox meanwhile).
 */
@ApplicationScoped
public class EnrichmentHandOff {

    private final EnrichmentClient client;

    EnrichmentHandOff(@RestClient EnrichmentClient client) {
        this.client = client;
    }

    @Retry(maxRetries = 2, delay = 500, jitter = 200)
    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS)
    public BatchReceipt send(ArticleBatch batch) {
        return client.submit(batch);
    }
}
