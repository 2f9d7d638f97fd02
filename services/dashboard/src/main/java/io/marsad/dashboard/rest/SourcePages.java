package io.marsad.dashboard.rest;

import io.marsad.dashboard.client.CrawlerClient;
import io.marsad.dashboard.client.Discovered;
import io.marsad.dashboard.client.ImportResult;
import io.marsad.dashboard.client.Refusal;
import io.marsad.dashboard.client.SourceDraft;
import io.marsad.dashboard.client.SourcePage;
import io.marsad.dashboard.service.SourceRow;
import io.marsad.dashboard.service.UiLanguage;
import io.marsad.dashboard.service.UiZone;
import io.marsad.dashboard.service.UserToken;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import io.quarkus.security.ForbiddenException;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

/**
 * The sources page, for admins: every source with its crawl health and, while a round runs, its
 * progress (refreshed every few seconds while any runs); a form to add one, filled in by discovery
 * from its homepage; OPML import; enabling, disabling and removing. Every call goes to the crawler
 * with the admin's own token.
 */
@Path("/sources")
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML)
public class SourcePages {

    /** The most sources the page lists (by name); a search narrows them. */
    static final int SHOWN = 200;
    /** The largest OPML file accepted: the crawler imports at most 5000 sources at once, far less than this. */
    static final long MAX_OPML_BYTES = 5 * 1024 * 1024;

    /** The add form as typed or as discovery filled it in, and what the crawler said about it. */
    public record Form(String name, String homepage, String feeds, String sitemaps, String sections, String language, String interval,
                       Refusal refusal, List<String> problems, boolean discovered) {
        static Form empty() {
            return new Form("", "", "", "", "", "", "", null, List.of(), false);
        }

        public int feedCount() {
            return urls(feeds).size();
        }

        public int sitemapCount() {
            return urls(sitemaps).size();
        }

        public String error(String field) {
            if (refusal == null) {
                return null;
            }
            return refusal.errors().stream().filter(e -> e.field() != null && (e.field().equals(field) || e.field().startsWith(field + "[")))
                .map(e -> e.message()).findFirst().orElse(null);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(List<SourceRow> sources, long total, String q, Form form, ImportResult imported, String importProblem,
                                            boolean unavailable, boolean running);

        static native TemplateInstance forbidden();

        static native TemplateInstance page$list(List<SourceRow> sources, long total, String q, boolean unavailable, boolean running);
    }

    private final CrawlerClient crawler;
    private final UserToken token;
    private final UiLanguage ui;
    private final UiZone zone;

    SourcePages(@RestClient CrawlerClient crawler, UserToken token, UiLanguage ui, UiZone zone) {
        this.zone = zone;
        this.crawler = crawler;
        this.token = token;
        this.ui = ui;
    }

    /** A signed-in user without the admin role is told so on a page, not in problem+json. */
    @ServerExceptionMapper
    Response forbidden(ForbiddenException e) {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML_TYPE).entity(Templates.forbidden().setLocale(ui.locale()))
            .build();
    }

    @GET
    public Response page(@QueryParam("q") String q) {
        return page(q, Form.empty(), null, null, Response.Status.OK);
    }

    /** The list alone: what the page swaps in every few seconds while a round runs. */
    @GET
    @Path("/list")
    public Response list(@QueryParam("q") String q) {
        try {
            SourcePage sources = crawler.sources(token.bearer(), blankToNull(q), 0, SHOWN);
            List<SourceRow> rows = rows(sources);
            return Response.ok(Templates.page$list(rows, sources.total(), q, false, anyRunning(rows)).setLocale(ui.locale())).build();
        } catch (WebApplicationException | ProcessingException | FaultToleranceException e) {
            // keeps asking: the crawler may be back in a moment
            return Response.ok(Templates.page$list(List.of(), 0, q, true, true).setLocale(ui.locale())).build();
        }
    }

    /** The add form filled in from what the crawler finds on the homepage: the site's name, language, feeds and sitemaps. */
    @POST
    @Path("/discover")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response discover(@FormParam("homepage") String homepage) {
        String typed = homepage == null ? "" : homepage.strip();
        try {
            Discovered found = crawler.discover(token.bearer(), new CrawlerClient.DiscoverRequest(typed));
            Form form = new Form(found.name() == null ? "" : found.name(), found.homepage(), lines(found.feedUrls()), lines(found.sitemapUrls()), "",
                found.languageHint() == null ? "" : found.languageHint(), "", null, found.problems() == null ? List.of() : found.problems(), true);
            return page(null, form, null, null, Response.Status.OK);
        } catch (WebApplicationException e) {
            Form form = new Form("", typed, "", "", "", "", "", Refusal.of(e), List.of(), false);
            return page(null, form, null, null, e.getResponse().getStatus() == 400 ? Response.Status.BAD_REQUEST : Response.Status.SERVICE_UNAVAILABLE);
        } catch (ProcessingException | FaultToleranceException e) {
            return page(null, new Form("", typed, "", "", "", "", "", null, List.of(), false), null, null, Response.Status.SERVICE_UNAVAILABLE);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("name") String name, @FormParam("homepage") String homepage, @FormParam("feeds") String feeds,
                           @FormParam("sitemaps") String sitemaps, @FormParam("sections") String sections, @FormParam("language") String language,
                           @FormParam("interval") String interval) {
        Form typed = new Form(strip(name), strip(homepage), strip(feeds), strip(sitemaps), strip(sections), strip(language), strip(interval), null,
            List.of(), false);
        Integer seconds;
        try {
            seconds = typed.interval().isEmpty() ? null : Integer.valueOf(typed.interval());
        } catch (NumberFormatException e) {
            return page(null, refused(typed, "pollIntervalSeconds", "must be a whole number of seconds"), null, null, Response.Status.BAD_REQUEST);
        }
        SourceDraft draft = new SourceDraft(typed.name(), typed.homepage(), urls(typed.feeds()), urls(typed.sitemaps()), urls(typed.sections()),
            blankToNull(typed.language()), null, seconds, true);
        try {
            crawler.create(token.bearer(), draft);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 400 || status == 409) {
                return page(null, new Form(typed.name(), typed.homepage(), typed.feeds(), typed.sitemaps(), typed.sections(), typed.language(),
                    typed.interval(), Refusal.of(e), List.of(), false), null, null, Response.Status.fromStatusCode(status));
            }
            return page(null, typed, null, null, Response.Status.SERVICE_UNAVAILABLE);
        } catch (ProcessingException | FaultToleranceException e) {
            return page(null, typed, null, null, Response.Status.SERVICE_UNAVAILABLE);
        }
        return Response.seeOther(URI.create("/sources")).build();
    }

    /** Sources from an OPML file (feed readers export them): each outline's feed, grouped by site, created or updated. */
    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importOpml(@RestForm("opml") FileUpload opml) {
        if (opml == null || opml.size() == 0) {
            return page(null, Form.empty(), null, "import_empty", Response.Status.BAD_REQUEST);
        }
        if (opml.size() > MAX_OPML_BYTES) {
            return page(null, Form.empty(), null, "import_tooLarge", Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        try {
            ImportResult result = crawler.importOpml(token.bearer(), Files.readAllBytes(opml.uploadedFile()));
            return page(null, Form.empty(), result, null, Response.Status.OK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (WebApplicationException e) {
            return e.getResponse().getStatus() == 400 ? page(null, Form.empty(), null, "import_notOpml", Response.Status.BAD_REQUEST)
                : page(null, Form.empty(), null, null, Response.Status.SERVICE_UNAVAILABLE);
        } catch (ProcessingException | FaultToleranceException e) {
            return page(null, Form.empty(), null, null, Response.Status.SERVICE_UNAVAILABLE);
        }
    }

    @POST
    @Path("/{id}/enabled")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enable(@PathParam("id") long id, @FormParam("enabled") boolean enabled) {
        return change(() -> crawler.update(token.bearer(), id, crawler.source(token.bearer(), id).withEnabled(enabled)));
    }

    @POST
    @Path("/{id}/delete")
    public Response delete(@PathParam("id") long id) {
        return change(() -> crawler.delete(token.bearer(), id));
    }

    private Response change(Runnable call) {
        try {
            call.run();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() != 404) { // a source removed meanwhile: the list shows it gone
                return page(null, Form.empty(), null, null, Response.Status.SERVICE_UNAVAILABLE);
            }
        } catch (ProcessingException | FaultToleranceException e) {
            return page(null, Form.empty(), null, null, Response.Status.SERVICE_UNAVAILABLE);
        }
        return Response.seeOther(URI.create("/sources")).build();
    }

    private Response page(String q, Form form, ImportResult imported, String importProblem, Response.Status status) {
        try {
            SourcePage sources = crawler.sources(token.bearer(), blankToNull(q), 0, SHOWN);
            List<SourceRow> rows = rows(sources);
            return Response.status(status).entity(Templates.page(rows, sources.total(), q, form, imported, importProblem, false, anyRunning(rows))
                .setLocale(ui.locale())).build();
        } catch (WebApplicationException | ProcessingException | FaultToleranceException e) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "10")
                .entity(Templates.page(List.of(), 0, q, form, imported, importProblem, true, false).setLocale(ui.locale())).build();
        }
    }

    private static boolean anyRunning(List<SourceRow> rows) {
        return rows.stream().anyMatch(SourceRow::running);
    }

    private List<SourceRow> rows(SourcePage sources) {
        return sources.items().stream().map(source -> SourceRow.of(source, ui.locale(), zone.zone())).toList();
    }

    private static Form refused(Form typed, String field, String message) {
        return new Form(typed.name(), typed.homepage(), typed.feeds(), typed.sitemaps(), typed.sections(), typed.language(), typed.interval(),
            new Refusal("Invalid", null, List.of(new Refusal.FieldError(field, message))), List.of(), false);
    }

    /** One URL a line, blank lines ignored. */
    static List<String> urls(String lines) {
        return lines == null ? List.of() : Arrays.stream(lines.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String lines(List<String> urls) {
        return urls == null ? "" : String.join("\n", urls);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
