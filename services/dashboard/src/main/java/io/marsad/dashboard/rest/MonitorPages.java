package io.marsad.dashboard.rest;

import io.marsad.dashboard.client.Monitor;
import io.marsad.dashboard.client.MonitorDraft;
import io.marsad.dashboard.client.MonitorList;
import io.marsad.dashboard.client.MonitorPulse;
import io.marsad.dashboard.client.MonitorShares;
import io.marsad.dashboard.client.Refusal;
import io.marsad.dashboard.client.SearchClient;
import io.marsad.dashboard.client.SearchRequest;
import io.marsad.dashboard.client.SearchResult;
import io.marsad.dashboard.service.MonitorRow;
import io.marsad.dashboard.service.Narrowing;
import io.marsad.dashboard.service.ResultsPage;
import io.marsad.dashboard.service.ShareOfVoice;
import io.marsad.dashboard.service.TimelineBars;
import io.marsad.dashboard.service.QueryCheck;
import io.marsad.dashboard.service.UiLanguage;
import io.marsad.dashboard.service.UiZone;
import io.marsad.dashboard.service.UserToken;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The monitors page: the user's monitors, and a form to save a new one whose query is checked as it
 * is typed (the offending word underlined, from the query library itself). Every call to search
 * carries the signed-in user's access token; the browser never sees it.
 */
@Path("/monitors")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class MonitorPages {

    /**
     * What the form shows again after a refused save: what was typed and what was wrong with it
     * ({@code nameMissing}, or what search said about the name or the query).
     */
    public record Form(String name, String query, boolean nameMissing, String nameError, String queryError, QueryCheck check) {
        static Form empty() {
            return new Form("", "", false, null, null, null);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<MonitorRow> monitors, long total, Form form, boolean unavailable);

        static native TemplateInstance check(QueryCheck check);

        static native TemplateInstance view(ResultsPage page, int chartWidth, int chartHeight);

        static native TemplateInstance missing(long id, boolean unavailable);

        static native TemplateInstance edit(long id, Form form, boolean unavailable);

        static native TemplateInstance share(ShareOfVoice share, boolean unavailable, int shareWidth, int shareHeight);
    }

    private final SearchClient search;
    private final UserToken token;
    private final UiLanguage ui;
    private final UiZone zone;

    MonitorPages(@RestClient SearchClient search, UserToken token, UiLanguage ui, UiZone zone) {
        this.zone = zone;
        this.search = search;
        this.token = token;
        this.ui = ui;
    }

    /** The list, and the form to save a new monitor, filled in when a link suggests one (an entity's page does). */
    @GET
    public Response list(@QueryParam("name") String name, @QueryParam("query") String query) {
        if (query == null || query.isBlank()) {
            return page(Form.empty(), Response.Status.OK);
        }
        String suggested = query.strip();
        return page(new Form(name == null ? "" : name.strip(), suggested, false, null, null, QueryCheck.of(suggested)), Response.Status.OK);
    }

    /** The query checked as it is typed: a fragment the page swaps in under the field. */
    @GET
    @Path("/check")
    public TemplateInstance check(@QueryParam("query") String query) {
        return Templates.check(query == null || query.isBlank() ? null : QueryCheck.of(query)).setLocale(ui.locale());
    }

    /** One monitor: its timeline, facets and results grouped by story, narrowed by what the user clicked. */
    @GET
    @Path("/{id}")
    public Response view(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("source") String source, @QueryParam("lang") String lang, @QueryParam("entity") String entity,
                         @QueryParam("tag") String tag, @QueryParam("page") Integer page) {
        Narrowing narrowing = Narrowing.of(from, to, source, lang, entity, tag, page);
        try {
            Monitor monitor = search.monitor(token.bearer(), id);
            SearchResult result = search.search(token.bearer(), new SearchRequest(narrowing.query(monitor.query()),
                narrowing.from() == null ? null : narrowing.from().toString(), narrowing.to() == null ? null : narrowing.to().toString(),
                monitor.languages(), monitor.sources(), monitor.entities(), "date", narrowing.page(), ResultsPage.PAGE_SIZE, zone.id()));
            return Response.ok(Templates.view(ResultsPage.of(monitor, narrowing, result, ui.locale(), zone.zone()), TimelineBars.WIDTH, TimelineBars.HEIGHT)
                .setLocale(ui.locale())).build();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Response.status(Response.Status.NOT_FOUND).entity(Templates.missing(id, false).setLocale(ui.locale())).build();
            }
            return missingWhileUnavailable(id);
        } catch (ProcessingException | FaultToleranceException e) {
            return missingWhileUnavailable(id);
        }
    }

    /**
     * The share-of-voice part of a monitor's page (an HTML fragment it loads): the user's other
     * monitors to compare with, and once some are chosen, each one's part of the articles they
     * found together over the page's dates.
     */
    @GET
    @Path("/{id}/share")
    public Response share(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to,
                          @QueryParam("compare") List<Long> compare) {
        Narrowing period = Narrowing.of(from, to, null, null, null, null, 0);
        Set<Long> chosen = new LinkedHashSet<>();
        for (Long other : compare == null ? List.<Long>of() : compare) {
            if (other != null && other != id && chosen.size() < ShareOfVoice.MAX_COMPARED) {
                chosen.add(other);
            }
        }
        try {
            List<Monitor> mine = search.monitors(token.bearer(), 0, 200).items();
            MonitorShares shares = chosen.isEmpty() ? null : search.shares(token.bearer(), id,
                period.from() == null ? null : period.from().toString(), period.to() == null ? null : period.to().toString(), List.copyOf(chosen));
            return Response.ok(Templates.share(ShareOfVoice.of(id, period, mine, chosen, shares, ui.locale()), false, ShareOfVoice.WIDTH,
                ShareOfVoice.HEIGHT).setLocale(ui.locale())).build();
        } catch (WebApplicationException | ProcessingException | FaultToleranceException e) {
            return Response.ok(Templates.share(ShareOfVoice.of(id, period, List.of(), chosen, null, ui.locale()), true, ShareOfVoice.WIDTH,
                ShareOfVoice.HEIGHT).setLocale(ui.locale())).build();
        }
    }

    /**
     * The monitor's articles as narrowed on its page, as CSV or JSON Lines (at most search's export
     * limit), streamed from search to the browser as a download.
     */
    @GET
    @Path("/{id}/export")
    @Produces({"text/csv", "application/x-ndjson"})
    public Response export(@PathParam("id") long id, @QueryParam("format") String format, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("source") String source, @QueryParam("lang") String lang,
                           @QueryParam("entity") String entity, @QueryParam("tag") String tag) {
        String kind = "jsonl".equals(format) ? "jsonl" : "csv";
        Narrowing narrowing = Narrowing.of(from, to, source, lang, entity, tag, 0);
        try {
            Monitor monitor = search.monitor(token.bearer(), id);
            Response upstream = search.export(token.bearer(), narrowing.query(monitor.query()),
                narrowing.from() == null ? null : narrowing.from().toString(), narrowing.to() == null ? null : narrowing.to().toString(),
                monitor.languages(), monitor.sources(), monitor.entities(), kind);
            InputStream body = upstream.readEntity(InputStream.class);
            StreamingOutput passedOn = out -> {
                try (body) {
                    body.transferTo(out);
                }
            };
            return Response.ok(passedOn, upstream.getMediaType())
                .header("Content-Disposition", "attachment; filename=\"marsad-monitor-" + id + "." + kind + "\"").build();
        } catch (WebApplicationException e) {
            return Response.status(e.getResponse().getStatus() == 404 ? 404 : 503).type(MediaType.TEXT_PLAIN)
                .entity(e.getResponse().getStatus() == 404 ? "No monitor " + id + " of yours." : "The search service could not export now.").build();
        } catch (ProcessingException | FaultToleranceException e) {
            return Response.status(503).type(MediaType.TEXT_PLAIN).header("Retry-After", "10").entity("The search service does not answer now.")
                .build();
        }
    }

    /** A monitor's name and query to change (its language, source and entity filters are kept), or to delete it. */
    @GET
    @Path("/{id}/edit")
    public Response edit(@PathParam("id") long id) {
        try {
            Monitor monitor = search.monitor(token.bearer(), id);
            return Response.ok(Templates.edit(id, new Form(monitor.name(), monitor.query(), false, null, null, QueryCheck.of(monitor.query())), false)
                .setLocale(ui.locale())).build();
        } catch (WebApplicationException e) {
            return e.getResponse().getStatus() == 404 ? Response.status(404).entity(Templates.missing(id, false).setLocale(ui.locale())).build()
                : missingWhileUnavailable(id);
        } catch (ProcessingException | FaultToleranceException e) {
            return missingWhileUnavailable(id);
        }
    }

    @POST
    @Path("/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("id") long id, @FormParam("name") String name, @FormParam("query") String query) {
        String typedName = name == null ? "" : name.strip();
        String typedQuery = query == null ? "" : query.strip();
        QueryCheck check = QueryCheck.of(typedQuery);
        if (typedName.isEmpty() || !check.valid()) {
            return Response.status(400).entity(Templates.edit(id, new Form(typedName, typedQuery, typedName.isEmpty(), null, null, check), false)
                .setLocale(ui.locale())).build();
        }
        try {
            Monitor saved = search.monitor(token.bearer(), id);
            search.replace(token.bearer(), id, new MonitorDraft(typedName, typedQuery, saved.languages(), saved.sources(), saved.entities()));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                return Response.status(404).entity(Templates.missing(id, false).setLocale(ui.locale())).build();
            }
            if (status == 400) {
                Refusal refusal = Refusal.of(e);
                return Response.status(400).entity(Templates.edit(id, new Form(typedName, typedQuery, false, refusal.about("name"),
                    refusal.about("query"), check), false).setLocale(ui.locale())).build();
            }
            return Response.status(503).header("Retry-After", "10")
                .entity(Templates.edit(id, new Form(typedName, typedQuery, false, null, null, check), true).setLocale(ui.locale())).build();
        } catch (ProcessingException | FaultToleranceException e) {
            return Response.status(503).header("Retry-After", "10")
                .entity(Templates.edit(id, new Form(typedName, typedQuery, false, null, null, check), true).setLocale(ui.locale())).build();
        }
        return Response.seeOther(URI.create("/monitors/" + id)).build();
    }

    @POST
    @Path("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id) {
        try {
            search.delete(token.bearer(), id);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() != 404) {
                return missingWhileUnavailable(id);
            }
        } catch (ProcessingException | FaultToleranceException e) {
            return missingWhileUnavailable(id);
        }
        return Response.seeOther(URI.create("/monitors")).build();
    }

    private Response missingWhileUnavailable(long id) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "10")
            .entity(Templates.missing(id, true).setLocale(ui.locale())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("name") String name, @FormParam("query") String query) {
        String typedName = name == null ? "" : name.strip();
        String typedQuery = query == null ? "" : query.strip();
        QueryCheck check = QueryCheck.of(typedQuery);
        if (typedName.isEmpty() || !check.valid()) {
            return page(new Form(typedName, typedQuery, typedName.isEmpty(), null, null, check), Response.Status.BAD_REQUEST);
        }
        try {
            search.create(token.bearer(), new MonitorDraft(typedName, typedQuery, List.of(), List.of(), List.of()));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 400) {
                Refusal refusal = Refusal.of(e);
                return page(new Form(typedName, typedQuery, false, refusal.about("name"), refusal.about("query"), check),
                    Response.Status.BAD_REQUEST);
            }
            return unavailable(new Form(typedName, typedQuery, false, null, null, check));
        } catch (ProcessingException | FaultToleranceException e) {
            return unavailable(new Form(typedName, typedQuery, false, null, null, check));
        }
        return Response.seeOther(URI.create("/monitors")).build(); // post/redirect/get: a reload does not save twice
    }

    private Response page(Form form, Response.Status status) {
        try {
            MonitorList monitors = search.monitors(token.bearer(), 0, 200);
            // every monitor's pulse asked at once: the list waits for the slowest, not for their sum
            List<CompletableFuture<MonitorPulse>> pulses = monitors.items().stream().map(monitor -> pulse(monitor.id())).toList();
            List<MonitorRow> rows = new java.util.ArrayList<>();
            for (int i = 0; i < monitors.items().size(); i++) {
                rows.add(MonitorRow.of(monitors.items().get(i), pulses.get(i).join()));
            }
            return Response.status(status).entity(Templates.list(rows, monitors.total(), form, false).setLocale(ui.locale())).build();
        } catch (WebApplicationException | ProcessingException | FaultToleranceException e) {
            return unavailable(form);
        }
    }

    /** The monitor's pulse, or null when search does not give it in time: the list still shows the monitor. */
    private CompletableFuture<MonitorPulse> pulse(long id) {
        try {
            return search.pulse(token.bearer(), id, zone.id(), 0).toCompletableFuture().exceptionally(failure -> null);
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(null);
        }
    }

    private Response unavailable(Form form) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "10")
            .entity(Templates.list(List.of(), 0, form, true).setLocale(ui.locale())).build();
    }
}
