package io.marsad.alerting.client;

import io.marsad.support.problem.DependencyUnavailableException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A call to the search service on a user's behalf, its failures answered as the user can act on
 * them: a refusal the caller knows (a bad query, a monitor not found) as the caller maps it, any
 * other answer or no answer as 503 with a Retry-After.
 */
public final class SearchCalls {

    private SearchCalls() {}

    /**
     * @param what    what was asked, for the message ("the backtest", "monitor 7")
     * @param refusal maps an error answer to the exception to throw, or to null when it is not the user's to fix
     */
    public static <T> T call(String what, Supplier<T> request, Function<WebApplicationException, RuntimeException> refusal) {
        try {
            return request.get();
        } catch (WebApplicationException e) {
            RuntimeException mapped = refusal.apply(e);
            if (mapped != null) {
                throw mapped;
            }
            throw new DependencyUnavailableException("The search service could not answer for " + what + " (HTTP "
                + e.getResponse().getStatus() + "); try again shortly.", e);
        } catch (ProcessingException | FaultToleranceException e) {
            throw new DependencyUnavailableException("The search service did not answer for " + what + "; try again shortly.", e);
        }
    }
}
