package io.marsad.dashboard.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The search service's API (docs/api.md: monitors, and the search of
 * docs/contracts/search-articles.openapi.yaml), called on the signed-in user's behalf with the
 * user's own access token: the dashboard sees and changes exactly what the user may. A call that
 * does not connect is tried twice more; one that takes too long is given up.
 */
@RegisterRestClient(configKey = "search")
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface SearchClient {

    @GET
    @Path("/monitors")
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = jakarta.ws.rs.ProcessingException.class)
    MonitorList monitors(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("page") int page,
                         @QueryParam("size") int size);

    @POST
    @Path("/monitors")
    @Consumes(MediaType.APPLICATION_JSON)
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    Monitor create(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, MonitorDraft draft);

    @PUT
    @Path("/monitors/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    Monitor replace(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id, MonitorDraft draft);

    @DELETE
    @Path("/monitors/{id}")
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    void delete(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id);

    @GET
    @Path("/monitors/{id}")
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = jakarta.ws.rs.ProcessingException.class)
    Monitor monitor(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id);

    /**
     * Today's spike signal (in {@code tz}) and the daily counts before it, without stories; asked of
     * every monitor of a list at once, so it answers later rather than blocking the caller.
     */
    @GET
    @Path("/monitors/{id}/spike")
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    CompletionStage<MonitorPulse> pulse(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id,
                                        @QueryParam("tz") String timeZone, @QueryParam("stories") int stories);

    /** A monitor's figures over a period; the dashboard reads its share of voice against the monitors in {@code compare}. */
    @GET
    @Path("/monitors/{id}/stats")
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = jakarta.ws.rs.ProcessingException.class)
    MonitorShares shares(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("compare") List<Long> compare);

    @GET
    @Path("/articles/{id}")
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = jakarta.ws.rs.ProcessingException.class)
    ArticleView article(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id);

    /** Every article of a search, newest first, as CSV or JSON Lines: the answer passed on as it streams. */
    @GET
    @Path("/search/export")
    @Produces({"text/csv", "application/x-ndjson"})
    Response export(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("q") String q, @QueryParam("from") String from,
                    @QueryParam("to") String to, @QueryParam("lang") List<String> languages, @QueryParam("source") List<String> sources,
                    @QueryParam("entity") List<String> entities, @QueryParam("format") String format);

    /** One page of results grouped by story, with highlights, facets and the timeline. */
    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = jakarta.ws.rs.ProcessingException.class)
    SearchResult search(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, SearchRequest request);
}
