package io.marsad.alerting.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.marsad.alerting.repository.ArticleInboxRepository;
import io.marsad.alerting.service.MatchingScheduler;
import io.marsad.support.elasticsearch.ArticleDocument;
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

/** Where enriched articles come in from the enrichment service (docs/contracts/enriched-articles.openapi.yaml). */
@Path("/api/articles")
@Tag(name = "Intake")
public class ArticleInboxResource {

    private final ArticleInboxRepository inbox;
    private final Validator validator;
    private final ObjectWriter inboxWriter;
    private final MatchingScheduler matching;

    ArticleInboxResource(ArticleInboxRepository inbox, Validator validator, ObjectMapper json, MatchingScheduler matching) {
        this.inbox = inbox;
        this.matching = matching;
        this.validator = validator;
        this.inboxWriter = ArticleDocument.writerWithoutLanguageCopies(json);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"pipeline", "admin"})
    @Operation(summary = "Accept a batch of enriched articles (service accounts)",
        description = "Idempotent by article id: a re-sent id replaces the stored version unless the stored one is newer (by indexedAt). "
            + "Answers 202 once the accepted articles are durably stored; invalid articles are listed under rejected with their invalid "
            + "fields, the valid ones are still accepted.")
    public Response accept(@Valid @NotNull EnrichedArticleBatchRequest batch) throws SQLException, JsonProcessingException {
        ItemValidation.Result<EnrichedArticleBatchRequest.EnrichedArticle> checked =
            ItemValidation.validateEach(batch.articles(), validator, EnrichedArticleBatchRequest.EnrichedArticle::id, "an article");
        Map<String, ArticleInboxRepository.Incoming> valid = new LinkedHashMap<>();
        for (EnrichedArticleBatchRequest.EnrichedArticle article : checked.valid()) {
            ArticleInboxRepository.Incoming incoming = new ArticleInboxRepository.Incoming(article.id(), article.indexedAt(),
                inboxWriter.writeValueAsString(article.toDocument()));
            valid.merge(article.id(), incoming, (a, b) -> b.indexedAt().isBefore(a.indexedAt()) ? a : b); // one row per id: the newest
        }
        List<BatchReceipt.Rejected> rejected = checked.rejected().stream()
            .map(r -> new BatchReceipt.Rejected(r.id(), r.detail(), r.errors())).toList();
        if (!valid.isEmpty()) {
            inbox.acceptAll(List.copyOf(valid.values()));
            matching.wake();
        }
        return Response.accepted(new BatchReceipt(List.copyOf(valid.keySet()), rejected)).build();
    }
}
