package io.marsad.search.rest;

import io.marsad.search.model.Monitor;
import io.marsad.search.model.MonitorSpike;
import io.marsad.search.model.MonitorStats;
import io.marsad.search.model.SearchQuery;
import io.marsad.search.model.SearchResult;
import io.marsad.search.service.ArticleExport;
import io.marsad.search.service.MonitorService;
import io.marsad.search.service.SearchService;
import io.marsad.support.problem.InvalidFieldException;
import io.marsad.support.rest.PageResponse;
import io.marsad.support.security.Caller;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Monitors (saved searches): HTTP in and out; {@link MonitorService} owns them and computes their
 * statistics. A user sees and changes only their own: another user's id answers 404, as a missing
 * one does. Admins may list everyone's ({@code ?all=true}) and read any.
 */
@Path("/api/monitors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Monitors")
public class MonitorResource {

    private final MonitorService monitors;
    private final SearchService search;
    private final ArticleExport export;
    private final JsonWebToken token;
    private final SecurityIdentity identity;

    MonitorResource(MonitorService monitors, SearchService search, ArticleExport export, JsonWebToken token, SecurityIdentity identity) {
        this.monitors = monitors;
        this.search = search;
        this.export = export;
        this.token = token;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Your monitors by name; admins may ask for everyone's with all=true")
    public PageResponse<MonitorResponse> list(@QueryParam("all") @DefaultValue("false") boolean all,
                                              @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                              @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        PanacheQuery<Monitor> query = monitors.list(caller(), all, page, size);
        return new PageResponse<>(query.list().stream().map(MonitorResponse::of).toList(), page, size, query.count());
    }

    @POST
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Save a monitor; its query must parse")
    public Response create(@Valid @NotNull MonitorRequest request, UriInfo uri) {
        Monitor monitor = monitors.create(caller(), request.toDefinition());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(monitor.id)).build()).entity(MonitorResponse.of(monitor)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"analyst", "admin", "pipeline"})
    @Operation(summary = "One of your monitors (admins and the pipeline's service account: any, to read)")
    public MonitorResponse get(@PathParam("id") long id) {
        return MonitorResponse.of(monitors.readable(caller(), id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Replace one of your monitors")
    public MonitorResponse replace(@PathParam("id") long id, @Valid @NotNull MonitorRequest request) {
        return MonitorResponse.of(monitors.replace(caller(), id, request.toDefinition()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Delete one of your monitors")
    public Response delete(@PathParam("id") long id) {
        monitors.delete(caller(), id);
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
        Monitor monitor = monitors.readable(caller(), id);
        return search.search(SearchResource.check(monitor.query, from, to, monitor.languages, monitor.sources, monitor.entities, List.of(),
            sort, page, size, timeZone));
    }

    @GET
    @Path("/{id}/stats")
    @RolesAllowed({"analyst", "admin", "pipeline"})
    @Operation(summary = "Volume over time, top sources and entities, share of voice against other monitors (compare=ids), and the spike signal of a day")
    public MonitorStats stats(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to,
                              @QueryParam("tz") @DefaultValue("UTC") String timeZone, @QueryParam("day") String day,
                              @QueryParam("compare") List<Long> compare) throws IOException {
        Caller caller = caller();
        Monitor monitor = monitors.readable(caller, id);
        if (compare != null && compare.size() > 10) {
            throw new InvalidFieldException("compare", "at most 10 monitors");
        }
        SearchQuery query = SearchResource.check(monitor.query, from, to, monitor.languages, monitor.sources, monitor.entities, List.of(),
            "date", 0, 1, timeZone);
        List<Monitor> compared = new ArrayList<>();
        for (Long other : compare == null ? List.<Long>of() : compare) {
            compared.add(monitors.readable(caller, other));
        }
        return monitors.stats(monitor, query, compared, day(day, ZoneId.of(query.timeZone())));
    }

    /** The day asked for, today in {@code zone} when none is; a 400 naming it unless it is a date. */
    private static LocalDate day(String day, ZoneId zone) {
        try {
            return day == null || day.isBlank() ? LocalDate.now(zone) : LocalDate.parse(day);
        } catch (DateTimeException e) {
            throw new InvalidFieldException("day", "must be a date such as 2026-11-25: " + day);
        }
    }

    private static ZoneId zone(String timeZone) {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new InvalidFieldException("tz", "not a time zone: " + timeZone + " (use an IANA name such as Asia/Riyadh)");
        }
    }

    @GET
    @Path("/{id}/spike")
    @RolesAllowed({"analyst", "admin", "pipeline"})
    @Operation(summary = "The spike signal of a day (today by default, in tz) and the day's top stories; what alerting's spike subscriptions watch")
    public MonitorSpike spike(@PathParam("id") long id, @QueryParam("tz") @DefaultValue("UTC") String timeZone, @QueryParam("day") String day,
                              @QueryParam("stories") @DefaultValue("5") int stories) throws IOException {
        Monitor monitor = monitors.readable(caller(), id);
        ZoneId zone = zone(timeZone);
        if (stories < 0 || stories > 20) {
            throw new InvalidFieldException("stories", "must be between 0 and 20");
        }
        return monitors.spike(monitor, zone.getId(), day(day, zone), stories);
    }

    @GET
    @Path("/{id}/export")
    @Produces({"text/csv", "application/x-ndjson"})
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "The monitor's articles, newest first, as CSV or JSON Lines, streamed")
    public Response export(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("format") @DefaultValue("csv") String format, @QueryParam("max") Integer max) {
        Monitor monitor = monitors.readable(caller(), id);
        return SearchResource.stream(export, SearchResource.check(monitor.query, from, to, monitor.languages, monitor.sources, monitor.entities,
            List.of(), "date", 0, 1, "UTC"), format, max, "marsad-monitor-" + id);
    }

    private Caller caller() {
        return Caller.of(token, identity);
    }
}
