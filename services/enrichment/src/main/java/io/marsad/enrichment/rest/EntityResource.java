package io.marsad.enrichment.rest;

import io.marsad.enrichment.entity.Entity;
import io.marsad.enrichment.entity.EntityMatcher;
import io.marsad.enrichment.service.EntityCatalog;
import io.marsad.support.problem.InvalidFieldException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The knowledge base of people, organisations and places (docs/entities.md): read by everyone, extended by admins. */
@Path("/api/entities")
@Tag(name = "Entities")
@Produces(MediaType.APPLICATION_JSON)
public class EntityResource {

    static final int MAX_LIMIT = 100;
    static final int MAX_TEXT = 200_000;

    private final EntityCatalog catalog;
    private final SecurityIdentity identity;

    EntityResource(EntityCatalog catalog, SecurityIdentity identity) {
        this.catalog = catalog;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({"analyst", "admin", "pipeline"})
    @Operation(summary = "Find entities by a name in any of their spellings and scripts (folded: hamza forms, diacritics, accents and case do not matter)")
    public List<EntityView> search(@QueryParam("q") String query, @QueryParam("type") String type,
                                   @QueryParam("limit") @DefaultValue("20") int limit) throws SQLException {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidFieldException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (type != null && !Entity.TYPES.contains(type)) {
            throw new InvalidFieldException("type", "must be one of " + Entity.TYPES);
        }
        if (query != null && query.length() > 200) {
            throw new InvalidFieldException("q", "must be at most 200 characters");
        }
        String folded = query == null ? "" : String.join(" ", EntityMatcher.keys(query));
        List<EntityView> found = new ArrayList<>();
        EntityMatcher matcher = catalog.matcher();
        for (Entity entity : matcher.knowledgeBase().all()) {
            if (found.size() == limit) {
                break;
            }
            if ((type == null || type.equals(entity.type())) && (folded.isEmpty() || matcher.spelledWith(entity.id(), folded))) {
                found.add(view(entity));
            }
        }
        return found;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"analyst", "admin", "pipeline"})
    @Operation(summary = "One entity with all its spellings")
    public EntityView get(@PathParam("id") String id) throws SQLException {
        Entity entity = catalog.knowledgeBase().get(id);
        if (entity == null) {
            throw new NotFoundException("No entity has the id " + id + ".");
        }
        return view(entity);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(summary = "Add an entity (admins); it is recognised in articles indexed from now on")
    public Response create(EntityRequests.NewEntity request) throws SQLException {
        if (request == null) {
            throw new InvalidFieldException("body", "must be an entity object");
        }
        EntityRequests.checkId(request.id());
        if (request.type() == null || !Entity.TYPES.contains(request.type())) {
            throw new InvalidFieldException("type", "must be one of " + Entity.TYPES);
        }
        Entity entity = new Entity(request.id(), request.type(), EntityRequests.checkNames(request.names()),
            EntityRequests.checkAliases(request.aliases()), EntityRequests.checkDescription(request.description()));
        if (catalog.knowledgeBase().get(entity.id()) != null) {
            throw new ClientErrorException("The entity " + entity.id() + " exists; add spellings to it with POST /api/entities/"
                + entity.id() + "/spellings.", Response.Status.CONFLICT);
        }
        catalog.save(entity, user());
        return Response.status(Response.Status.CREATED).entity(view(catalog.knowledgeBase().get(entity.id()))).build();
    }

    @POST
    @Path("/{id}/spellings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(summary = "Add spellings (and optionally a description) to an entity, bundled or added (admins)")
    public EntityView addSpellings(@PathParam("id") String id, EntityRequests.Spellings request) throws SQLException {
        Entity current = catalog.knowledgeBase().get(id);
        if (current == null) {
            throw new NotFoundException("No entity has the id " + id + ".");
        }
        if (request == null || request.aliases() == null || request.aliases().isEmpty()) {
            throw new InvalidFieldException("aliases", "must list spellings per language, e.g. {\"ar\": [\"…\"]}");
        }
        Map<String, List<String>> aliases = EntityRequests.checkAliases(request.aliases());
        String description = EntityRequests.checkDescription(request.description());
        Optional<Entity> stored = catalog.addition(id);
        // an addition row repeats the names it is laid over, so that it stands on its own as an entity
        Entity base = stored.orElse(new Entity(id, current.type(), current.names(), Map.of(), null));
        catalog.save(base.merge(new Entity(id, current.type(), base.names(), aliases, description)), user());
        return view(catalog.knowledgeBase().get(id));
    }

    @POST
    @Path("/match")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"analyst", "admin", "pipeline"})
    @Operation(summary = "The entities the knowledge base finds in a text, with where they are named (to check spellings)")
    public List<EntityMatcher.Mention> match(EntityRequests.MatchRequest request) {
        if (request == null || request.text() == null || request.text().isBlank()) {
            throw new InvalidFieldException("text", "must not be empty");
        }
        if (request.text().length() > MAX_TEXT) {
            throw new InvalidFieldException("text", "must be at most " + MAX_TEXT + " characters");
        }
        String language = request.language() == null || request.language().isBlank() ? null : request.language().strip().toLowerCase(java.util.Locale.ROOT);
        if (language != null && !language.matches("[a-z]{2,3}")) {
            throw new InvalidFieldException("language", "must be an ISO 639-1 code such as ar, en or fa");
        }
        return catalog.matcher().find(request.text(), language);
    }

    private EntityView view(Entity entity) {
        return EntityView.of(entity, catalog.isBundled(entity.id()), catalog.isAdded(entity.id()));
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
