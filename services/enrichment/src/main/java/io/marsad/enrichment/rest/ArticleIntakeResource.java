package io.marsad.enrichment.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.enrichment.repository.IntakeRepository;
import io.marsad.enrichment.service.IndexingScheduler;
import io.marsad.support.problem.ItemValidation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where crawled articles come in (the crawler's hand-off, docs/contracts/article-handoff.md). */
@Path("/api/articles")
@Tag(name = "Intake")
public class ArticleIntakeResource {

    private final IntakeRepository intake;
    private final Validator validator;
    private final ObjectMapper json;
    private final IndexingScheduler indexing;

    ArticleIntakeResource(IntakeRepository intake, Validator validator, ObjectMapper json, IndexingScheduler indexing) {
        this.intake = intake;
        this.indexing = indexing;
        this.validator = validator;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"pipeline", "admin"})
    @Operation(summary = "Accept a batch of crawled articles (service accounts)",
        description = "Idempotent by article id: a re-sent id updates the stored article. Answers 202 once the accepted articles are "
            + "durably stored; invalid articles are listed under rejected with their invalid fields, the valid ones are still accepted.")
    public Response accept(@Valid @NotNull ArticleBatchRequest batch) throws SQLException, JsonProcessingException {
        ItemValidation.Result<ArticleBatchRequest.Article> checked = ItemValidation.validateEach(batch.articles(), validator, ArticleBatchRequest.Article::id, "an article");
        Map<String, String> valid = new LinkedHashMap<>();
        for (ArticleBatchRequest.Article article : checked.valid()) {
            valid.put(article.id(), json.writeValueAsString(article)); // a repeated id in one batch: the last one wins
        }
        List<BatchReceipt.Rejected> rejected = checked.rejected().stream()
            .map(r -> new BatchReceipt.Rejected(r.id(), r.detail(), r.errors())).toList();
        if (!valid.isEmpty()) {
            intake.acceptAll(valid);
            indexing.wake();
        }
        return Response.accepted(new BatchReceipt(List.copyOf(valid.keySet()), rejected)).build();
    }
}
