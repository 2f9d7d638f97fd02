package io.marsad.alerting.rest;

import io.marsad.alerting.service.SubscriptionDefinition;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A subscription as a user writes it (docs/alerting.md): a query in Marsad's language with
 * optional filters, or a monitor of the search service to follow; keyword or spike; realtime or
 * digest; and where alerts go. Omitted fields take their defaults: keyword, realtime, in the app
 * only, active.
 */
public record SubscriptionRequest(
    @NotBlank @Size(max = 200) String name,
    @Size(max = 2000) String query,
    @Positive Long monitorId,
    @Pattern(regexp = "keyword|spike", message = "must be keyword or spike") String kind,
    @Size(max = 20) List<@NotBlank @Size(max = 35) String> languages,
    @Size(max = 50) List<@NotBlank @Size(max = 300) String> sources,
    @Size(max = 50) List<@NotBlank @Size(max = 200) String> entities,
    @Pattern(regexp = "realtime|digest", message = "must be realtime or digest") String mode,
    @Valid Digest digest,
    @Size(max = 64) String timeZone,
    @Valid Channels channels,
    Boolean active
) {

    /** When a digest is sent: every hour, or once a day at {@code hour} (0–23) in the subscription's time zone. */
    public record Digest(
        @NotNull @Pattern(regexp = "hourly|daily", message = "must be hourly or daily") String period,
        @Min(0) @Max(23) Integer hour) {}

    /** Where alerts go; at least one. */
    public record Channels(
        Boolean inApp,
        @Size(max = 10) List<@NotBlank @Email @Size(max = 254) String> emails,
        @Valid Webhook webhook) {}

    public record Webhook(@NotBlank @Size(max = 2000) String url) {}

    SubscriptionDefinition toDefinition() {
        Channels given = channels == null ? new Channels(null, null, null) : channels;
        return new SubscriptionDefinition(name.strip(), query == null ? null : query.strip(), orEmpty(languages), orEmpty(sources),
            orEmpty(entities), kind == null ? "keyword" : kind, monitorId, mode == null ? "realtime" : mode, digest == null ? null : digest.period(), digest == null ? null : digest.hour(),
            timeZone == null || timeZone.isBlank() ? "UTC" : timeZone.strip(),
            given.inApp() == null || given.inApp(), orEmpty(given.emails()), given.webhook() == null ? null : given.webhook().url().strip(),
            active == null || active);
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
