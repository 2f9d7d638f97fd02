package io.marsad.enrichment.client;

import io.marsad.enrichment.rest.BatchReceipt;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The alerting service's intake (docs/contracts/enriched-articles.openapi.yaml), called with enrichment's service-account token. */
@RegisterRestClient(configKey = "alerting")
@OidcClientFilter
@Path("/api/articles")
public interface AlertingClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    BatchReceipt submit(EnrichedArticleBatch batch);
}
