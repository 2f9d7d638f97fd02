package io.marsad.crawler.rest;

import io.marsad.crawler.service.SourceService;
import io.marsad.support.validation.HttpUrl;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A source as clients write it (create, replace, import). */
public record SourceRequest(
    @NotBlank @Size(max = 200) String name,
    @NotNull @HttpUrl String homepage,
    @Size(max = 50) List<@NotNull @HttpUrl String> feedUrls,
    @Size(max = 50) List<@NotNull @HttpUrl String> sitemapUrls,
    @Size(max = 50) List<@NotNull @HttpUrl String> sectionUrls,
    @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 language code in lower case, e.g. ar") String languageHint,
    @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code in upper case, e.g. EG") String countryHint,
    @Min(60) @Max(86400) Integer pollIntervalSeconds,
    @Min(10) @Max(86400) Integer minPollIntervalSeconds,
    Boolean enabled
) {

    SourceService.SourceFields fields() {
        return new SourceService.SourceFields(name, homepage, feedUrls, sitemapUrls, sectionUrls, languageHint, countryHint, pollIntervalSeconds,
            minPollIntervalSeconds, enabled);
    }
}
