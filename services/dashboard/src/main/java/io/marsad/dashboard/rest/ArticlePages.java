package io.marsad.dashboard.rest;

import io.marsad.dashboard.client.SearchClient;
import io.marsad.dashboard.service.ArticlePage;
import io.marsad.dashboard.service.UiLanguage;
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

/** An article's page: its clean text with the names found in it marked, and its story's other sources. */
@Path("/articles")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ArticlePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance article(ArticlePage page);

        static native TemplateInstance missing(String id, boolean unavailable);
    }

    private final SearchClient search;
    private final UserToken token;
    private final UiLanguage ui;

    ArticlePages(@RestClient SearchClient search, UserToken token, UiLanguage ui) {
        this.search = search;
        this.token = token;
        this.ui = ui;
    }

    @GET
    @Path("/{id}")
    public Response article(@PathParam("id") String id) {
        try {
            return Response.ok(Templates.article(ArticlePage.of(search.article(token.bearer(), id), ui.locale())).setLocale(ui.locale()))
                .build();
        } catch (WebApplicationException e) {
            boolean missing = e.getResponse().getStatus() == 404 || e.getResponse().getStatus() == 400;
            return Response.status(missing ? 404 : 503).entity(Templates.missing(id, !missing).setLocale(ui.locale())).build();
        } catch (ProcessingException | FaultToleranceException e) {
            return Response.status(503).header("Retry-After", "10").entity(Templates.missing(id, true).setLocale(ui.locale())).build();
        }
    }
}
