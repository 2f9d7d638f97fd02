package io.marsad.alerting.service;

import io.marsad.alerting.client.SearchCalls;
import io.marsad.alerting.client.SearchClient;
import io.marsad.alerting.client.SearchedArticle;
import io.marsad.alerting.client.SearchedArticlePage;
import io.marsad.alerting.client.StorySearch;
import io.marsad.alerting.client.StorySearchResult;
import io.marsad.alerting.config.AlertingConfig;
import io.marsad.support.problem.InvalidFieldException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Backtests a draft subscription: reads every article its query and filters match in the last
 * days through the search service (with the user's token), replays the live story-window rule
 * ({@link StoryWindow}) over them in the order they became searchable, and counts per day in the
 * draft's time zone. Search and the live matching find the same articles for a query (the
 * translator and Monitor equivalence tests), so these are the alerts the subscription would
 * have raised.
 */
@ApplicationScoped
public class SubscriptionPreviewer {

    static final int PAGE = 100;

    /** A draft's query and filters as the backtest reads them. */
    public record Draft(String query, List<String> languages, List<String> sources, List<String> entities, String timeZone) {}

    private final SearchClient search;
    private final AlertingConfig config;

    SubscriptionPreviewer(@RestClient SearchClient search, AlertingConfig config) {
        this.search = search;
        this.config = config;
    }

    /**
     * The backtest of a draft over the last {@code days} days (today, in the draft's time zone,
     * the last of them), with up to {@code sampleSize} of the newest alerts.
     */
    public SubscriptionPreview preview(String bearerToken, Draft draft, int days, int sampleSize) {
        SubscriptionService.checkQuery(draft.query());
        BacktestRange range = BacktestRange.lastDays(draft.timeZone(), days, config.previewMaxDays());
        ZoneId zone = range.zone();
        LocalDate today = range.today();
        LocalDate firstDay = range.firstDay();
        Instant from = range.from();
        Instant to = range.to();
        String authorization = "Bearer " + bearerToken;

        Scan scan = scan(authorization, draft, from, to);
        List<SearchedArticle> matched = scan.articles();

        // replayed in the order the articles became searchable, as they would have reached the matching
        List<StoryWindow.Arrival> arrivals = matched.stream()
            .sorted(Comparator.comparing((SearchedArticle a) -> arrivedAt(a, to)).thenComparing(SearchedArticle::id))
            .map(a -> new StoryWindow.Arrival(a.id(), a.storyId() == null ? a.id() : a.storyId(),
                AlertTime.of(a.publishedAt(), a.indexedAt(), null, to)))
            .toList();
        StoryWindow window = new StoryWindow(config.storyWindow());
        arrivals.forEach(window::arrive);

        Instant scannedFrom = scan.complete() ? from
            : arrivals.stream().map(StoryWindow.Arrival::time).min(Comparator.naturalOrder()).orElse(from);
        LocalDate firstCompleteDay = scan.complete() ? firstDay : LocalDate.ofInstant(scannedFrom, zone).plusDays(1);
        List<SubscriptionPreview.Day> perDay = perDay(firstDay, today, firstCompleteDay, zone, arrivals, window.alerts());
        List<SubscriptionPreview.Day> counted = perDay.stream().filter(SubscriptionPreview.Day::complete).toList();
        double alertsPerDay = counted.isEmpty() ? 0
            : Math.round(counted.stream().mapToInt(SubscriptionPreview.Day::alerts).sum() * 10.0 / counted.size()) / 10.0;

        long total = scan.complete() ? matched.size()
            : call(() -> search.search(authorization, new StorySearch(draft.query(), from.toString(), to.toString(), draft.languages(),
                draft.sources(), draft.entities(), List.of(), "date", 1, zone.getId()))).total();
        return new SubscriptionPreview(from, to, zone.getId(), days, total, window.alerts().size(), alertsPerDay, scan.complete(),
            scannedFrom, perDay, sample(authorization, draft, zone, from, to, window.alerts(), sampleSize, matched));
    }

    /** The articles read, newest first; not complete when there were more than a backtest reads. */
    private record Scan(List<SearchedArticle> articles, boolean complete) {}

    private Scan scan(String authorization, Draft draft, Instant from, Instant to) {
        List<SearchedArticle> matched = new ArrayList<>();
        String cursor = null;
        do {
            String after = cursor;
            SearchedArticlePage page = call(() -> search.articles(authorization, draft.query(), from.toString(), to.toString(),
                draft.languages(), draft.sources(), draft.entities(), PAGE, after));
            matched.addAll(page.articles());
            cursor = page.next();
            if (cursor != null && matched.size() >= config.previewMaxArticles()) {
                return new Scan(matched, false);
            }
        } while (cursor != null);
        return new Scan(matched, true);
    }

    /** Articles and alerts per day of the range, by their alert times in the zone; days before {@code firstCompleteDay} were read in part. */
    private static List<SubscriptionPreview.Day> perDay(LocalDate firstDay, LocalDate today, LocalDate firstCompleteDay, ZoneId zone,
                                                        List<StoryWindow.Arrival> arrivals, List<StoryWindow.Alert> alerts) {
        Map<LocalDate, Integer> articles = new HashMap<>();
        arrivals.forEach(a -> articles.merge(LocalDate.ofInstant(a.time(), zone), 1, Integer::sum));
        Map<LocalDate, Integer> raised = new HashMap<>();
        alerts.forEach(a -> raised.merge(LocalDate.ofInstant(a.first().time(), zone), 1, Integer::sum));
        List<SubscriptionPreview.Day> days = new ArrayList<>();
        for (LocalDate day = firstDay; !day.isAfter(today); day = day.plusDays(1)) {
            days.add(new SubscriptionPreview.Day(day, articles.getOrDefault(day, 0), raised.getOrDefault(day, 0),
                !day.isBefore(firstCompleteDay)));
        }
        return days;
    }

    /** The newest alerts, each with the passages search highlights in its story. */
    private List<SubscriptionPreview.Sample> sample(String authorization, Draft draft, ZoneId zone, Instant from, Instant to,
                                                    List<StoryWindow.Alert> alerts, int size, List<SearchedArticle> matched) {
        if (size == 0 || alerts.isEmpty()) {
            return List.of();
        }
        List<StoryWindow.Alert> newest = alerts.stream()
            .sorted(Comparator.comparing((StoryWindow.Alert a) -> a.first().time()).reversed()).limit(size).toList();
        List<String> stories = newest.stream().map(a -> a.first().storyId()).distinct().toList();
        StorySearchResult found = call(() -> search.search(authorization, new StorySearch(draft.query(), from.toString(), to.toString(),
            draft.languages(), draft.sources(), draft.entities(), stories, "date", Math.min(100, stories.size()), zone.getId())));
        Map<String, Map<String, List<String>>> highlights = new HashMap<>();
        for (StorySearchResult.Hit hit : found.hits()) {
            highlights.put(hit.storyId(), hit.highlights() == null ? Map.of() : hit.highlights());
        }
        Map<String, SearchedArticle> byId = new HashMap<>();
        matched.forEach(a -> byId.put(a.id(), a));
        List<SubscriptionPreview.Sample> sample = new ArrayList<>();
        for (StoryWindow.Alert alert : newest) {
            SearchedArticle first = byId.get(alert.first().articleId());
            sample.add(new SubscriptionPreview.Sample(alert.first().storyId(), alert.first().time(), first.id(), first.title(), first.url(),
                first.source(), first.language(), alert.copies(), highlights.getOrDefault(alert.first().storyId(), Map.of())));
        }
        return sample;
    }

    private static Instant arrivedAt(SearchedArticle article, Instant now) {
        return article.indexedAt() != null ? article.indexedAt() : article.publishedAt() != null ? article.publishedAt() : now;
    }

    /** A call to search for the backtest: a draft search refuses names the query. */
    private static <T> T call(Supplier<T> request) {
        return SearchCalls.call("the backtest", request, e -> e.getResponse().getStatus() != 400 ? null
            : new InvalidFieldException("query", "the search service refused the draft: " + e.getResponse().readEntity(String.class)));
    }
}
