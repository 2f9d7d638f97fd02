package io.marsad.dashboard.rest;

import io.marsad.dashboard.client.ArticleView;
import io.marsad.dashboard.client.EnrichmentClient;
import io.marsad.dashboard.client.Mention;
import io.marsad.dashboard.client.SearchClient;
import io.marsad.dashboard.service.ArticlePage;
import io.marsad.dashboard.service.UiLanguage;
import io.marsad.dashboard.service.UiZone;
import io.marsad.dashboard.service.UserToken;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.List;

/** An article's page: its clean text with the names found in it marked, and its story's other sources. */
@Path("/articles")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ArticlePages {

    private static final Logger LOG = Logger.getLogger(ArticlePages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance article(ArticlePage page);

        static native TemplateInstance missing(String id, boolean unavailable);
    }

    /** The longest text enrichment marks names in (its limit); a longer article is shown unmarked. */
    static final int MARKED_AT_MOST = 200_000;

    private final SearchClient search;
    private final EnrichmentClient enrichment;
    private final UserToken token;
    private final UiLanguage ui;
    private final UiZone zone;

    ArticlePages(@RestClient SearchClient search, @RestClient EnrichmentClient enrichment, UserToken token, UiLanguage ui, UiZone zone) {
        this.zone = zone;
        this.search = search;
        this.enrichment = enrichment;
        this.token = token;
        this.ui = ui;
    }

    /** Where the knowledge base finds entities in the body; none when enrichment does not answer (the text is still shown). */
    private List<Mention> mentions(ArticleView article) {
        String body = article.body();
        if (body == null || body.isBlank() || body.length() > MARKED_AT_MOST) {
            return List.of();
        }
        try {
            return enrichment.match(token.bearer(), new EnrichmentClient.MatchRequest(body, article.language()));
        } catch (WebApplicationException | ProcessingException | FaultToleranceException e) {
            LOG.debugf("no entity marks for article %s: %s", article.id(), e.getMessage());
            return List.of();
        }
    }

    @GET
    @Path("/{id}")
    public Response article(@PathParam("id") String id) {
        try {
            ArticleView article = search.article(token.bearer(), id);
            return Response.ok(Templates.article(ArticlePage.of(article, mentions(article), ui.locale(), zone.zone())).setLocale(ui.locale())).build();
        } catch (WebApplicationException e) {
            boolean missing = e.getResponse().getStatus() == 404 || e.getResponse().getStatus() == 400;
            return Response.status(missing ? 404 : 503).entity(Templates.missing(id, !missing).setLocale(ui.locale())).build();
        } catch (ProcessingException | FaultToleranceException e) {
            return Response.status(503).header("Retry-After", "10").entity(Templates.missing(id, true).setLocale(ui.locale())).build();
        }
    }
}
