package io.marsad.crawler.rest;

import io.marsad.crawler.model.Source;
import io.marsad.crawler.repository.SourceRepository;
import io.marsad.crawler.service.SourceService;
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

    SourceResource(SourceService service, SourceRepository repository) {
        this.service = service;
        this.repository = repository;
    }

    @GET
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "List sources, by name, optionally only enabled or disabled ones")
    public PageResponse<SourceResponse> list(@QueryParam("q") String nameContains, @QueryParam("enabled") Boolean enabled,
                                             @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                             @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        PanacheQuery<Source> query = repository.search(nameContains, enabled, page, size);
        return new PageResponse<>(query.list().stream().map(SourceResponse::of).toList(), page, size, query.count());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "One source with its crawl health")
    public SourceResponse get(@PathParam("id") long id) {
        return SourceResponse.of(service.get(id));
    }

    @POST
    @RolesAllowed("admin")
    @Operation(summary = "Add a source (admins)")
    public Response create(@Valid @NotNull SourceRequest request, UriInfo uri) {
        Source source = service.create(request.fields());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(source.id)).build()).entity(SourceResponse.of(source)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("admin")
    @Operation(summary = "Replace a source's settings, e.g. to disable it (admins)")
    public SourceResponse update(@PathParam("id") long id, @Valid @NotNull SourceRequest request) {
        return SourceResponse.of(service.update(id, request.fields()));
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
