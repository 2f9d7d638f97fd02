package io.marsad.search.rest;

import io.marsad.search.model.ArticleView;
import io.marsad.search.service.ArticleReader;
import io.marsad.support.problem.InvalidFieldException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;

/** One article whole, with its story, for the article page. */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ArticleResource {

    private final ArticleReader articles;

    ArticleResource(ArticleReader articles) {
        this.articles = articles;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "An article: its clean text, byline, entities and tags, and the articles of its story in publication order")
    public ArticleView get(@PathParam("id") String id) throws IOException {
        if (id.length() > 200 || id.isBlank()) {
            throw new InvalidFieldException("id", "is not an article id");
        }
        return articles.read(id);
    }
}
