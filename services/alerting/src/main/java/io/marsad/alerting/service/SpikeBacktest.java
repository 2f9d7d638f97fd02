package io.marsad.alerting.service;

import io.marsad.alerting.client.MonitorClient;
import io.marsad.alerting.client.MonitorSignal;
import io.marsad.alerting.client.SearchCalls;
import io.marsad.alerting.config.AlertingConfig;
import io.marsad.alerting.repository.SpikeAlerts;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Backtests a spike subscription: asks the search service (as the user) for the monitor's spike
 * signal of each of the last days, in the draft's time zone. A day whose signal is on is a day the
 * subscription would have alerted once (the watcher raises one alert per day while the signal is
 * on, and a day's count only grows, so a day on at its end was on from some beat of it). The
 * sample shows the newest spike days as their alerts would read, with the day's top stories.
 */
@ApplicationScoped
public class SpikeBacktest {

    private final MonitorClient search;
    private final AlertingConfig config;

    SpikeBacktest(@RestClient MonitorClient search, AlertingConfig config) {
        this.search = search;
        this.config = config;
    }

    public SubscriptionPreview preview(String bearerToken, long monitorId, String timeZone, int days, int sampleSize) {
        BacktestRange range = BacktestRange.lastDays(timeZone, days, config.previewMaxDays());
        ZoneId zone = range.zone();
        LocalDate firstDay = range.firstDay();
        String authorization = "Bearer " + bearerToken;

        List<SubscriptionPreview.Day> perDay = new ArrayList<>();
        List<LocalDate> spikeDays = new ArrayList<>();
        long articles = 0;
        for (LocalDate day = firstDay; !day.isAfter(range.today()); day = day.plusDays(1)) {
            MonitorSignal signal = signal(authorization, monitorId, zone, day, 0);
            boolean on = signal.spike().spiking();
            perDay.add(new SubscriptionPreview.Day(day, (int) signal.spike().count(), on ? 1 : 0, true));
            articles += signal.spike().count();
            if (on) {
                spikeDays.add(day);
            }
        }
        List<SubscriptionPreview.Sample> sample = new ArrayList<>();
        for (LocalDate day : spikeDays.reversed().subList(0, Math.min(sampleSize, spikeDays.size()))) {
            sample.add(sampleOf(signal(authorization, monitorId, zone, day, config.spikeStories()), zone));
        }
        double alertsPerDay = Math.round(spikeDays.size() * 10.0 / days) / 10.0;
        return new SubscriptionPreview(range.from(), range.to(), zone.getId(), days, articles, spikeDays.size(), alertsPerDay, true, range.from(),
            perDay, sample);
    }

    /** A spike day as its alert would read: the headline, the top story linked, the day's stories as its passages. */
    private static SubscriptionPreview.Sample sampleOf(MonitorSignal signal, ZoneId zone) {
        MonitorSignal.Story top = signal.storiesOrEmpty().isEmpty() ? null : signal.storiesOrEmpty().get(0);
        Explanation explanation = SpikeWatcher.explanation(signal);
        return new SubscriptionPreview.Sample(SpikeAlerts.storyOf(signal), signal.spike().day().atStartOfDay(zone).toInstant(),
            top == null ? null : top.articleId(), SpikeWatcher.headline(signal), top == null ? null : top.url(), top == null ? null : top.source(),
            top == null ? null : top.language(), 1, Map.of("stories", explanation.passages()));
    }

    private MonitorSignal signal(String authorization, long monitorId, ZoneId zone, LocalDate day, int stories) {
        return SearchCalls.call("monitor " + monitorId, () -> search.spike(authorization, monitorId, zone.getId(), day.toString(), stories),
            MonitorResolver::notYours);
    }
}
