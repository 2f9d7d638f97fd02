package io.marsad.search.rest;

import io.marsad.search.model.Monitor;
import io.marsad.search.model.SearchResult;
import io.marsad.search.query.QueryParser;
import io.marsad.search.query.QuerySyntaxException;
import io.marsad.search.repository.MonitorRepository;
import io.marsad.search.service.SearchService;
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
import java.util.ArrayList;
import java.util.List;

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

    MonitorResource(MonitorRepository monitors, SearchService search, JsonWebToken token, SecurityIdentity identity) {
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
