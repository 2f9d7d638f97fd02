package io.marsad.crawler.rest;

import io.marsad.crawler.extract.ArticleExtractor;
import io.marsad.crawler.extract.ExtractedArticle;
import io.marsad.crawler.extract.ExtractionException;
import io.marsad.support.problem.InvalidFieldException;
import io.marsad.support.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;

/** Extraction as a service: the same extractor the crawler runs, on a page the caller sends. */
@Path("/api/extract")
@Tag(name = "Extraction")
public class ExtractResource {

    private final ArticleExtractor extractor = new ArticleExtractor();

    @POST
    @Consumes({MediaType.TEXT_HTML, "application/xhtml+xml", MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"analyst", "admin", "pipeline"})
    @Operation(summary = "Extract the article from a page's HTML",
        description = "Send the page as served (any charset; the Content-Type charset, a BOM or <meta charset> is honoured). "
            + "`url` is the page's address, used to resolve relative links and as fallback canonical URL.")
    public ExtractedArticle extract(@QueryParam("url") String url, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType, byte[] html) {
        if (html == null || html.length == 0) {
            throw new BadRequestException("Send the page's HTML as the request body.");
        }
        String charset = contentType == null ? null : contentType.getParameters().get(MediaType.CHARSET_PARAMETER);
        return extractor.extract(html, charset, checkedUrl(url));
    }

    private static String checkedUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url);
            if (uri.isAbsolute() && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https")) && uri.getHost() != null) {
                return uri.toString();
            }
        } catch (java.net.URISyntaxException ignored) {
            // reported below
        }
        throw new InvalidFieldException("url", "must be an absolute http or https URL");
    }

    @ServerExceptionMapper
    public Response tooLarge(ExtractionException.PageTooLarge e) {
        return Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage()).at("/api/extract").toResponse();
    }

    @ServerExceptionMapper
    public Response notExtractable(ExtractionException e) {
        return Problem.of(422, "Unprocessable Content", e.getMessage()).at("/api/extract").toResponse();
    }
}
