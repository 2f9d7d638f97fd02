package io.marsad.crawler.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The enrichment service's intake, called with the crawler's own service-account token. */
@RegisterRestClient(configKey = "enrichment")
@OidcClientFilter
@Path("/api/articles")
public interface EnrichmentClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    BatchReceipt submit(ArticleBatch batch);
}
