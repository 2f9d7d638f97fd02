package io.marsad.crawler.rest;

import io.marsad.crawler.model.Source;
import io.marsad.crawler.repository.SourceRepository;
import io.marsad.crawler.service.Opml;
import io.marsad.crawler.service.SourceDiscovery;
import io.marsad.crawler.service.SourceService;
import io.marsad.crawler.service.SourceService.SourceFields;
import io.marsad.support.problem.InvalidFieldException;
import io.marsad.support.problem.Problem;
import io.marsad.support.problem.Violations;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

/** Sources in bulk (JSON, OPML) and discovery of a new site's feeds and sitemaps. */
@Path("/api/sources")
@Tag(name = "Sources")
public class SourceTransferResource {

    static final int MAX_IMPORT = 5000;

    private final SourceService service;
    private final SourceRepository repository;
    private final Validator validator;
    private final SourceDiscovery discovery;

    SourceTransferResource(SourceService service, SourceRepository repository, Validator validator, SourceDiscovery discovery) {
        this.service = service;
        this.repository = repository;
        this.validator = validator;
        this.discovery = discovery;
    }

    /** How an import went: every item is accounted for; failed ones name their fields. */
    public record ImportResult(int created, int updated, List<FailedItem> failed) {}

    public record FailedItem(int index, String homepage, List<Problem.FieldError> errors) {}

    public record DiscoverRequest(String homepage) {}

    @POST
    @Path("/discover")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(summary = "Find a homepage's feeds (<link rel=alternate>) and sitemaps (robots.txt), to fill in a new source (admins)")
    public SourceDiscovery.Discovered discover(DiscoverRequest request) throws InterruptedException {
        return discovery.discover(request == null ? null : request.homepage());
    }

    @GET
    @Path("/export")
    @Produces({MediaType.APPLICATION_JSON, Opml.MEDIA_TYPE})
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "All sources as JSON (importable as is) or, with format=opml, as OPML 2.0")
    public Response export(@QueryParam("format") @DefaultValue("json") String format) {
        List<SourceRequest> all = repository.listAll(Sort.by("name").and("id")).stream().map(SourceTransferResource::asRequest).toList();
        return switch (format) {
            case "json" -> Response.ok(all, MediaType.APPLICATION_JSON_TYPE).build();
            case "opml" -> Response.ok(Opml.write(all.stream().map(SourceRequest::fields).toList()), Opml.MEDIA_TYPE + ";charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"marsad-sources.opml\"").build();
            default -> throw new InvalidFieldException("format", "must be json or opml");
        };
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(summary = "Create or update sources (matched by homepage) from a JSON array; invalid items are reported, the others imported")
    public ImportResult importJson(List<SourceRequest> items) {
        if (items == null) {
            throw new BadRequestException("Send a JSON array of sources.");
        }
        return importAll(items);
    }

    @POST
    @Path("/import")
    @Consumes({Opml.MEDIA_TYPE, "application/xml", "text/xml"})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(summary = "Create or update sources from OPML (feed reader subscriptions)")
    public ImportResult importOpml(byte[] opml) {
        if (opml == null || opml.length == 0) {
            throw new BadRequestException("Send an OPML document.");
        }
        List<SourceFields> parsed;
        try {
            parsed = Opml.read(opml);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        return importAll(parsed.stream().map(SourceTransferResource::asRequest).toList());
    }

    private ImportResult importAll(List<SourceRequest> items) {
        if (items.size() > MAX_IMPORT) {
            throw new WebApplicationException("At most " + MAX_IMPORT + " sources can be imported at once; this request has " + items.size() + ".",
                Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        int created = 0;
        int updated = 0;
        List<FailedItem> failed = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            SourceRequest item = items.get(i);
            if (item == null) {
                failed.add(new FailedItem(i, null, List.of(new Problem.FieldError("", "must be a source object"))));
                continue;
            }
            var violations = validator.validate(item);
            if (!violations.isEmpty()) {
                failed.add(new FailedItem(i, item.homepage(), Violations.fieldErrors(violations)));
                continue;
            }
            try {
                if (service.upsert(item.fields())) {
                    created++;
                } else {
                    updated++;
                }
            } catch (InvalidFieldException e) {
                failed.add(new FailedItem(i, item.homepage(), List.of(new Problem.FieldError(e.field(), e.getMessage()))));
            }
        }
        return new ImportResult(created, updated, failed);
    }

    static SourceRequest asRequest(Source s) {
        return new SourceRequest(s.name, s.homepage, List.copyOf(s.feedUrls), List.copyOf(s.sitemapUrls), List.copyOf(s.sectionUrls),
            s.languageHint, s.countryHint, s.pollIntervalSeconds, s.minPollIntervalSeconds, s.enabled);
    }

    static SourceRequest asRequest(SourceFields f) {
        return new SourceRequest(f.name(), f.homepage(), f.feedUrls(), f.sitemapUrls(), f.sectionUrls(), f.languageHint(), f.countryHint(),
            f.pollIntervalSeconds(), f.minPollIntervalSeconds(), f.enabled());
    }
}
