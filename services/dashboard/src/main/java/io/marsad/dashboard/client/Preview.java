package io.marsad.dashboard.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A draft subscription's backtest, as alerting answers it (docs/alerting.md#backtest-before-saving). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Preview(int days, long matchedArticles, int alerts, double alertsPerDay, boolean complete, List<Day> perDay, List<Sample> sample) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Day(LocalDate day, int articles, int alerts, boolean complete) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Sample(String title, String url, String source, String language, int copies, Map<String, List<String>> highlights) {}
}
