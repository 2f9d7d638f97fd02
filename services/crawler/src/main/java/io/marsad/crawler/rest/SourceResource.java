package io.marsad.crawler.rest;

import io.marsad.crawler.model.Source;
import io.marsad.crawler.repository.FrontierRepository;
import io.marsad.crawler.repository.WebSubRepository;
import io.marsad.crawler.repository.SourceRepository;
import io.marsad.crawler.service.SourceService;
import io.marsad.support.rest.PageResponse;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** News sources: analysts read them, admins manage them. */
@Path("/api/sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sources")
public class SourceResource {

    private final SourceService service;
    private final SourceRepository repository;
    private final FrontierRepository frontier;
    private final WebSubRepository push;

    SourceResource(SourceService service, SourceRepository repository, FrontierRepository frontier, WebSubRepository push) {
        this.service = service;
        this.repository = repository;
        this.frontier = frontier;
        this.push = push;
    }

    private java.util.List<SourceResponse> withHealth(java.util.List<Source> sources) throws java.sql.SQLException {
        java.util.List<Long> ids = sources.stream().map(s -> s.id).toList();
        java.util.Map<Long, FrontierRepository.LastDay> lastDay = frontier.lastDay(ids);
        java.util.Map<Long, FrontierRepository.RoundCounts> rounds = frontier.rounds(ids);
        java.util.Map<Long, java.util.List<WebSubRepository.Subscription>> subscriptions = push.ofSources(ids);
        return sources.stream().map(s -> SourceResponse.of(s, lastDay.getOrDefault(s.id, FrontierRepository.LastDay.NONE), rounds.getOrDefault(s.id, FrontierRepository.RoundCounts.NONE),
            subscriptions.getOrDefault(s.id, java.util.List.of()))).toList();
    }

    @GET
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "List sources, by name, optionally only enabled or disabled ones")
    public PageResponse<SourceResponse> list(@QueryParam("q") String nameContains, @QueryParam("enabled") Boolean enabled,
                                             @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                             @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) throws java.sql.SQLException {
        PanacheQuery<Source> query = repository.search(nameContains, enabled, page, size);
        return new PageResponse<>(withHealth(query.list()), page, size, query.count());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "One source with its crawl health")
    public SourceResponse get(@PathParam("id") long id) throws java.sql.SQLException {
        return withHealth(java.util.List.of(service.get(id))).get(0);
    }

    @POST
    @RolesAllowed("admin")
    @Operation(summary = "Add a source (admins)")
    public Response create(@Valid @NotNull SourceRequest request, UriInfo uri) {
        Source source = service.create(request.fields());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(source.id)).build()).entity(SourceResponse.of(source, FrontierRepository.LastDay.NONE)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("admin")
    @Operation(summary = "Replace a source's settings, e.g. to disable it (admins)")
    public SourceResponse update(@PathParam("id") long id, @Valid @NotNull SourceRequest request) throws java.sql.SQLException {
        return withHealth(java.util.List.of(service.update(id, request.fields()))).get(0);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("admin")
    @Operation(summary = "Remove a source (admins)")
    public Response delete(@PathParam("id") long id) {
        service.delete(id);
        return Response.noContent().build();
    }
}
