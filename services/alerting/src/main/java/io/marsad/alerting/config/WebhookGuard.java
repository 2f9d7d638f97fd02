package io.marsad.alerting.config;

import io.marsad.guard.AddressPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.List;

/** The SSRF guard (libs/address-guard) for webhook URLs, with the configured exemptions. */
@ApplicationScoped
public class WebhookGuard {

    @Produces
    @Singleton
    AddressPolicy webhookPolicy(AlertingConfig config) {
        return AddressPolicy.allowing(config.webhookAllowedHosts().orElse(List.of()));
    }
}
