package io.marsad.search.rest;

import io.marsad.search.model.Monitor;
import io.marsad.search.model.MonitorStats;
import io.marsad.search.model.SearchQuery;
import io.marsad.search.model.SearchResult;
import io.marsad.search.query.QueryParser;
import io.marsad.search.query.QuerySyntaxException;
import io.marsad.search.repository.MonitorRepository;
import io.marsad.search.service.ArticleExport;
import io.marsad.search.service.SearchService;
import io.marsad.search.service.SpikeDetector;
import io.marsad.support.problem.InvalidFieldException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Monitors (saved searches). A user sees and changes only their own: another user's id answers
 * 404, as a missing one does. Admins may list everyone's ({@code ?all=true}) and read any.
 */
@Path("/api/monitors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Monitors")
public class MonitorResource {

    private final MonitorRepository monitors;
    private final SearchService search;
    private final JsonWebToken token;
    private final SecurityIdentity identity;
    private final SpikeConfig spikes;
    private final ArticleExport export;

    MonitorResource(MonitorRepository monitors, SearchService search, JsonWebToken token, SecurityIdentity identity, SpikeConfig spikes,
                    ArticleExport export) {
        this.spikes = spikes;
        this.export = export;
        this.monitors = monitors;
        this.search = search;
        this.token = token;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Your monitors by name; admins may ask for everyone's with all=true")
    public PageResponse<MonitorResponse> list(@QueryParam("all") @DefaultValue("false") boolean all,
                                              @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                              @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        if (all && !identity.hasRole("admin")) {
            throw new jakarta.ws.rs.ForbiddenException("Only admins may list everyone's monitors.");
        }
        PanacheQuery<Monitor> query = monitors.listed(all ? null : owner(), page, size);
        return new PageResponse<>(query.list().stream().map(MonitorResponse::of).toList(), page, size, query.count());
    }

    @POST
    @Transactional
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Save a monitor; its query must parse")
    public Response create(@Valid @NotNull MonitorRequest request, UriInfo uri) {
        Monitor monitor = new Monitor();
        monitor.ownerSubject = owner();
        apply(request, monitor);
        monitors.persist(monitor);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(monitor.id)).build()).entity(MonitorResponse.of(monitor)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "One of your monitors (admins: any)")
    public MonitorResponse get(@PathParam("id") long id) {
        return MonitorResponse.of(readable(id));
    }

    @PUT
    @Path("/{id}")
    @Transactional
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Replace one of your monitors")
    public MonitorResponse replace(@PathParam("id") long id, @Valid @NotNull MonitorRequest request) {
        Monitor monitor = own(id);
        apply(request, monitor);
        return MonitorResponse.of(monitor);
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Delete one of your monitors")
    public Response delete(@PathParam("id") long id) {
        monitors.delete(own(id));
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/results")
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "The monitor's results: its query and filters, with the search API's dates, order, page and time zone")
    public SearchResult results(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("sort") @DefaultValue("date") String sort, @QueryParam("page") @DefaultValue("0") int page,
                                @QueryParam("size") @DefaultValue("20") int size, @QueryParam("tz") @DefaultValue("UTC") String timeZone)
        throws IOException {
        Monitor monitor = readable(id);
        return search.search(SearchResource.check(monitor.query, from, to, monitor.languages, monitor.sources, monitor.entities, List.of(),
            sort, page, size, timeZone));
    }

    @GET
    @Path("/{id}/stats")
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Volume over time, top sources and entities, share of voice against other monitors (compare=ids), and the spike signal of a day")
    public MonitorStats stats(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to,
                              @QueryParam("tz") @DefaultValue("UTC") String timeZone, @QueryParam("day") String day,
                              @QueryParam("compare") List<Long> compare) throws IOException {
        Monitor monitor = readable(id);
        if (compare != null && compare.size() > 10) {
            throw new InvalidFieldException("compare", "at most 10 monitors");
        }
        SearchQuery query = SearchResource.check(monitor.query, from, to, monitor.languages, monitor.sources, monitor.entities, List.of(),
            "date", 0, 1, timeZone);
        SearchResult result = search.search(query);
        Map<String, List<SearchResult.Bucket>> top = new LinkedHashMap<>(result.facets());
        top.remove("tags");

        List<Monitor> compared = new ArrayList<>(List.of(monitor));
        for (Long other : compare == null ? List.<Long>of() : compare) {
            if (other != id) {
                compared.add(readable(other));
            }
        }
        List<long[]> counts = new ArrayList<>();
        long sum = 0;
        for (Monitor m : compared) {
            long n = m == monitor ? result.total() : search.count(SearchResource.check(m.query, from, to, m.languages, m.sources, m.entities,
                List.of(), "date", 0, 1, timeZone));
            counts.add(new long[] {n});
            sum += n;
        }
        List<MonitorStats.Share> shares = new ArrayList<>();
        for (int i = 0; i < compared.size(); i++) {
            long n = counts.get(i)[0];
            shares.add(new MonitorStats.Share(compared.get(i).id, compared.get(i).name, n, sum == 0 ? 0 : (double) n / sum));
        }

        ZoneId zone = ZoneId.of(timeZone);
        LocalDate evaluated;
        try {
            evaluated = day == null || day.isBlank() ? LocalDate.now(zone) : LocalDate.parse(day);
        } catch (java.time.DateTimeException e) {
            throw new InvalidFieldException("day", "must be a date such as 2026-11-25: " + day);
        }
        int baseline = spikes.baselineDays();
        long[] daily = search.dailyCounts(query, evaluated.minusDays(baseline).atStartOfDay(zone), baseline + 1);
        SpikeDetector.Spike spike = SpikeDetector.evaluate(daily, spikes.z(), spikes.minArticles());
        return new MonitorStats(monitor.id, monitor.name, result.total(), result.stories(), result.timeline(), top, shares,
            new MonitorStats.Spike(evaluated, timeZone, spike.count(), baseline, spike.baselineMean(), spike.baselineDeviation(), spike.z(),
                spikes.z(), spike.spiking()));
    }

    /** {@code marsad.monitors.spike-*}: when a day's volume is a spike. */
    @io.smallrye.config.ConfigMapping(prefix = "marsad.monitors.spike")
    public interface SpikeConfig {
        /** z-score from which a day is a spike. */
        @io.smallrye.config.WithDefault("3.0")
        double z();

        /** Days before the evaluated one that make the baseline. */
        @io.smallrye.config.WithDefault("14")
        int baselineDays();

        /** Fewer articles than this in a day are never a spike. */
        @io.smallrye.config.WithDefault("5")
        long minArticles();
    }

    @GET
    @Path("/{id}/export")
    @Produces({"text/csv", "application/x-ndjson"})
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "The monitor's articles, newest first, as CSV or JSON Lines, streamed")
    public Response export(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("format") @DefaultValue("csv") String format, @QueryParam("max") Integer max) {
        Monitor monitor = readable(id);
        return SearchResource.stream(export, SearchResource.check(monitor.query, from, to, monitor.languages, monitor.sources, monitor.entities,
            List.of(), "date", 0, 1, "UTC"), format, max, "marsad-monitor-" + id);
    }

    private static void apply(MonitorRequest request, Monitor monitor) {
        try {
            QueryParser.parse(request.query());
        } catch (QuerySyntaxException e) {
            throw new InvalidFieldException("query", e.getMessage() + " (at character " + e.position() + ")");
        }
        monitor.name = request.name().strip();
        monitor.query = request.query().strip();
        monitor.languages = new ArrayList<>(request.languagesOrEmpty());
        monitor.sources = new ArrayList<>(request.sourcesOrEmpty());
        monitor.entities = new ArrayList<>(request.entitiesOrEmpty());
    }

    /** The caller's own monitor (for changes): someone else's is not found. */
    private Monitor own(long id) {
        return monitors.owned(id, owner()).orElseThrow(() -> new NotFoundException("No monitor " + id + " of yours."));
    }

    /** The caller's own monitor, or any for an admin. */
    private Monitor readable(long id) {
        if (identity.hasRole("admin")) {
            return monitors.findByIdOptional(id).orElseThrow(() -> new NotFoundException("No monitor " + id + "."));
        }
        return own(id);
    }

    private String owner() {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new jakarta.ws.rs.ForbiddenException("The token names no subject.");
        }
        return subject;
    }
}
