package io.marsad.alerting.rest;

import io.marsad.alerting.client.FollowedMonitor;
import io.marsad.alerting.service.SubscriptionPreviewer;
import io.marsad.support.problem.InvalidFieldException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A draft to backtest: the query (or the monitor followed), filters, kind and time zone of a
 * subscription (a whole subscription body may be sent as it is: the fields a backtest does not
 * need are ignored), the number of days back (default 7) and how many of the newest alerts to
 * show (default 10).
 */
public record SubscriptionPreviewRequest(
    @Size(max = 2000) String query,
    @Positive Long monitorId,
    @Pattern(regexp = "keyword|spike", message = "must be keyword or spike") String kind,
    @Size(max = 20) List<@NotBlank @Size(max = 35) String> languages,
    @Size(max = 50) List<@NotBlank @Size(max = 300) String> sources,
    @Size(max = 50) List<@NotBlank @Size(max = 200) String> entities,
    @Size(max = 64) String timeZone,
    @Min(1) Integer days,
    @Min(0) @Max(20) Integer sample
) {

    SubscriptionPreviewer.Draft toDraft() {
        if (query == null || query.isBlank()) {
            throw new InvalidFieldException("query", "a query is required, or a monitorId to follow");
        }
        return new SubscriptionPreviewer.Draft(query.strip(), orEmpty(languages), orEmpty(sources), orEmpty(entities), timeZoneOrDefault());
    }

    /** The draft's query and filters taken from the monitor it follows. */
    SubscriptionPreviewer.Draft toDraft(FollowedMonitor monitor) {
        return new SubscriptionPreviewer.Draft(monitor.query(), monitor.languagesOrEmpty(), monitor.sourcesOrEmpty(), monitor.entitiesOrEmpty(),
            timeZoneOrDefault());
    }

    boolean spike() {
        return "spike".equals(kind);
    }

    boolean filtered() {
        return !orEmpty(languages).isEmpty() || !orEmpty(sources).isEmpty() || !orEmpty(entities).isEmpty();
    }

    String timeZoneOrDefault() {
        return timeZone == null || timeZone.isBlank() ? "UTC" : timeZone.strip();
    }

    int daysOrDefault() {
        return days == null ? 7 : days;
    }

    int sampleOrDefault() {
        return sample == null ? 10 : sample;
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
