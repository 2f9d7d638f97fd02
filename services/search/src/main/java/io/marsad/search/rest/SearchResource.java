package io.marsad.search.rest;

import io.marsad.query.QueryParser;
import io.marsad.search.model.SearchQuery;
import io.marsad.search.model.SearchResult;
import io.marsad.search.service.ArticleExport;
import io.marsad.search.service.ArticlePages;
import io.marsad.search.service.SearchService;
import io.marsad.support.problem.InvalidFieldException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** News search in Marsad's query language (docs/query-language.md, docs/api.md). */
@Path("/api/search")
@Tag(name = "Search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    static final int MAX_SIZE = 100;
    static final int MAX_WINDOW = 10_000;
    static final Duration MAX_RANGE = Duration.ofDays(3660);
    static final int MAX_VALUES = 50;

    private final SearchService search;
    private final ArticleExport export;
    private final ArticlePages pages;

    SearchResource(SearchService search, ArticleExport export, ArticlePages pages) {
        this.search = search;
        this.export = export;
        this.pages = pages;
    }

    @GET
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Search articles: one result per story, with highlights, facets and a timeline")
    public SearchResult search(@QueryParam("q") String q, @QueryParam("from") String from, @QueryParam("to") String to,
                               @QueryParam("lang") List<String> languages, @QueryParam("source") List<String> sources,
                               @QueryParam("entity") List<String> entities, @QueryParam("story") List<String> stories,
                               @QueryParam("sort") @DefaultValue("relevance") String sort, @QueryParam("page") @DefaultValue("0") int page,
                               @QueryParam("size") @DefaultValue("20") int size, @QueryParam("tz") @DefaultValue("UTC") String timeZone)
        throws IOException {
        return search.search(check(q, from, to, languages, sources, entities, stories, sort, page, size, timeZone));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "The same search with its parameters as JSON: {q, from, to, languages, sources, entities, stories, sort, page, size, timeZone}")
    public SearchResult searchByPost(SearchRequestBody body) throws IOException {
        if (body == null) {
            throw new InvalidFieldException("body", "must be a search object");
        }
        return search.search(check(body.q(), body.from(), body.to(), body.languages(), body.sources(), body.entities(), body.stories(),
            body.sort() == null ? "relevance" : body.sort(), body.page() == null ? 0 : body.page(), body.size() == null ? 20 : body.size(),
            body.timeZone() == null ? "UTC" : body.timeZone()));
    }

    @GET
    @Path("/articles")
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Every matching article, newest first, page after page without limit: pass the answer's next cursor (valid 2 minutes) with the same query")
    public ArticlePages.Page articles(@QueryParam("q") String q, @QueryParam("from") String from, @QueryParam("to") String to,
                                      @QueryParam("lang") List<String> languages, @QueryParam("source") List<String> sources,
                                      @QueryParam("entity") List<String> entities, @QueryParam("story") List<String> stories,
                                      @QueryParam("cursor") String cursor, @QueryParam("size") @DefaultValue("50") int size) throws IOException {
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidFieldException("size", "must be between 1 and " + MAX_SIZE);
        }
        return pages.page(check(q, from, to, languages, sources, entities, stories, "date", 0, 1, "UTC"), cursor, size);
    }

    @GET
    @Path("/export")
    @Produces({"text/csv", "application/x-ndjson"})
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "All articles of a search, newest first, as CSV or JSON Lines, streamed (at most marsad.export.max-articles)")
    public Response export(@QueryParam("q") String q, @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("lang") List<String> languages, @QueryParam("source") List<String> sources,
                           @QueryParam("entity") List<String> entities, @QueryParam("story") List<String> stories,
                           @QueryParam("format") @DefaultValue("csv") String format, @QueryParam("max") Integer max) {
        return stream(export, check(q, from, to, languages, sources, entities, stories, "date", 0, 1, "UTC"), format, max, "marsad-search");
    }

    /** Checks everything before the first byte is sent, then streams: a failure is still a problem+json answer. */
    static Response stream(ArticleExport export, SearchQuery request, String format, Integer max, String name) {
        if (!format.equals("csv") && !format.equals("jsonl")) {
            throw new InvalidFieldException("format", "must be csv or jsonl");
        }
        int limit = max == null ? export.maximum() : max;
        if (limit < 1 || limit > export.maximum()) {
            throw new InvalidFieldException("max", "must be between 1 and " + export.maximum());
        }
        io.marsad.search.service.SearchService.query(request); // a malformed query fails here, as a 400
        StreamingOutput body = out -> export.write(request, format, limit, out);
        return Response.ok(body, format.equals("csv") ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8")
            .header("Content-Disposition", "attachment; filename=\"" + name + "." + format + "\"").build();
    }

    static SearchQuery check(String q, String from, String to, List<String> languages, List<String> sources, List<String> entities,
                             List<String> stories, String sort, int page, int size, String timeZone) {
        if (q == null || q.isBlank()) {
            throw new InvalidFieldException("q", "a query is required (docs/query-language.md)");
        }
        if (q.length() > QueryParser.MAX_LENGTH) {
            throw new InvalidFieldException("q", "must be at most " + QueryParser.MAX_LENGTH + " characters");
        }
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        if (start != null && end != null && !start.isBefore(end)) {
            throw new InvalidFieldException("to", "must be after from");
        }
        if (start != null && end != null && Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
            throw new InvalidFieldException("from", "the date range may span at most 10 years");
        }
        if (!sort.equals("relevance") && !sort.equals("date")) {
            throw new InvalidFieldException("sort", "must be relevance or date");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidFieldException("size", "must be between 1 and " + MAX_SIZE);
        }
        if (page < 0 || (long) (page + 1) * size > MAX_WINDOW) {
            throw new InvalidFieldException("page", "pages reach " + MAX_WINDOW + " results at most; narrow the query or the dates");
        }
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new InvalidFieldException("tz", "not a time zone: " + timeZone + " (use an IANA name such as Asia/Riyadh)");
        }
        for (var values : java.util.Arrays.asList(languages, sources, entities, stories)) {
            if (values != null && values.size() > MAX_VALUES) {
                throw new InvalidFieldException("filters", "at most " + MAX_VALUES + " values per filter");
            }
        }
        return new SearchQuery(q, start, end, languages, sources, entities, stories, sort, page, size, timeZone);
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? Instant.parse(value + "T00:00:00Z") : Instant.parse(value);
        } catch (DateTimeException e) {
            throw new InvalidFieldException(field, "must be a date (2026-11-25) or an instant (2026-11-25T08:00:00Z): " + value);
        }
    }
}
