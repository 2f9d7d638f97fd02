package io.marsad.dashboard.rest;

import io.marsad.dashboard.client.EnrichmentClient;
import io.marsad.dashboard.client.EntityCard;
import io.marsad.dashboard.client.SearchClient;
import io.marsad.dashboard.client.SearchRequest;
import io.marsad.dashboard.service.EntityPage;
import io.marsad.dashboard.service.Narrowing;
import io.marsad.dashboard.service.TimelineBars;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * Entity pages: an entity's names in every script (from enrichment's knowledge base), its volume
 * over time and the entities named with it (from search), narrowed to a period by a timeline bar.
 */
@Path("/entities")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class EntityPages {

    /** How far back an entity's page looks unless a bar narrowed it. */
    static final Duration PERIOD = Duration.ofDays(90);
    static final int LATEST = 10;
    static final Set<String> TYPES = Set.of("person", "organization", "location");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance entity(EntityPage page, int chartWidth, int chartHeight);

        static native TemplateInstance missing(String name, boolean unavailable);

        static native TemplateInstance find(String q, List<Found> found, boolean unavailable);
    }

    /** An entity found by name, with its page's link and its name in the interface's language when it has one. */
    public record Found(EntityCard entity, String href, String localName) {
        public String typeLabel() {
            return EntityPage.typeLabel(entity);
        }
    }

    private final EnrichmentClient enrichment;
    private final SearchClient search;
    private final UserToken token;
    private final UiLanguage ui;
    private final UiZone zone;

    EntityPages(@RestClient EnrichmentClient enrichment, @RestClient SearchClient search, UserToken token, UiLanguage ui, UiZone zone) {
        this.zone = zone;
        this.enrichment = enrichment;
        this.search = search;
        this.token = token;
        this.ui = ui;
    }

    /** Entities found by any of their spellings, in any script. */
    @GET
    public Response find(@QueryParam("q") String q) {
        String name = q == null ? "" : q.strip();
        if (name.isEmpty() || name.length() > 200) {
            return Response.ok(Templates.find(name, List.of(), false).setLocale(ui.locale())).build();
        }
        try {
            List<Found> found = enrichment.find(token.bearer(), name, null, 50).stream()
                .map(entity -> new Found(entity, EntityPage.href(entity.id()),
                    entity.names() == null ? null : entity.names().get(ui.locale().getLanguage())))
                .toList();
            return Response.ok(Templates.find(name, found, false).setLocale(ui.locale())).build();
        } catch (WebApplicationException | ProcessingException | FaultToleranceException e) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "10")
                .entity(Templates.find(name, List.of(), true).setLocale(ui.locale())).build();
        }
    }

    @GET
    @Path("/{id}")
    public Response entity(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        Narrowing narrowing = Narrowing.of(from, to, null, null, null, null, 0);
        try {
            EntityCard entity = enrichment.entity(token.bearer(), id);
            Instant end = narrowing.to() == null ? Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1)) : narrowing.to();
            Instant start = narrowing.from() == null ? end.minus(PERIOD) : narrowing.from();
            var result = search.search(token.bearer(), new SearchRequest(EntityPage.queryFor(entity.id()), start.toString(), end.toString(),
                null, null, null, "date", 0, LATEST, zone.id()));
            return Response.ok(Templates.entity(EntityPage.of(entity, result, narrowing, ui.locale(), zone.zone()), TimelineBars.WIDTH, TimelineBars.HEIGHT)
                .setLocale(ui.locale())).build();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            return status == 404 || status == 400 ? missing(id) : unavailable(id);
        } catch (ProcessingException | FaultToleranceException e) {
            return unavailable(id);
        }
    }

    /**
     * The page of the entity that articles list under this name (as facets and article pages show
     * names): found in the knowledge base when the link is followed, so pages need not look up
     * every name they show.
     */
    @GET
    @Path("/named")
    public Response named(@QueryParam("type") String type, @QueryParam("name") String name) {
        if (name == null || name.isBlank() || name.length() > 200 || (type != null && !TYPES.contains(type))) {
            return missing(name == null ? "" : name);
        }
        try {
            List<EntityCard> found = enrichment.find(token.bearer(), name.strip(), type, 20);
            EntityCard chosen = found.stream().filter(entity -> name.strip().equals(entity.name())).findFirst()
                .orElse(found.size() == 1 ? found.get(0) : null);
            if (chosen == null) {
                return missing(name);
            }
            return Response.seeOther(URI.create(EntityPage.href(chosen.id()))).build();
        } catch (WebApplicationException e) {
            return e.getResponse().getStatus() == 400 ? missing(name) : unavailable(name);
        } catch (ProcessingException | FaultToleranceException e) {
            return unavailable(name);
        }
    }

    private Response missing(String name) {
        return Response.status(Response.Status.NOT_FOUND).entity(Templates.missing(name, false).setLocale(ui.locale())).build();
    }

    private Response unavailable(String name) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "10")
            .entity(Templates.missing(name, true).setLocale(ui.locale())).build();
    }
}
