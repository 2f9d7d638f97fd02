package io.marsad.alerting.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rule that turns a subscription's matching articles into alerts, replayed in memory: in
 * arrival order, an article whose story already has an alert within the window of its
 * {@link AlertTime} (either side) is attached to the nearest such alert; otherwise it raises a new
 * one. {@code AlertRepository} applies the same rule in SQL to what it has recorded; the backtest
 * replays it here over what search finds.
 */
public final class StoryWindow {

    /** An article as the rule sees it. */
    public record Arrival(String articleId, String storyId, Instant time) {}

    /** An alert the rule raised: its first article and the articles attached after it (the first included). */
    public record Alert(Arrival first, List<Arrival> articles) {
        public int copies() {
            return articles.size();
        }
    }

    private final Duration window;
    private final Map<String, List<Alert>> alertsByStory = new HashMap<>();
    private final Set<String> seen = new HashSet<>();
    private final List<Alert> alerts = new ArrayList<>();

    public StoryWindow(Duration window) {
        this.window = window;
    }

    /** Takes the next article; returns the alert it raised, or null when it was attached to one (or seen before). */
    public Alert arrive(Arrival article) {
        if (!seen.add(article.articleId())) {
            return null; // an article alerts a subscription once
        }
        List<Alert> ofStory = alertsByStory.computeIfAbsent(article.storyId(), s -> new ArrayList<>());
        Alert nearest = null;
        Duration nearestGap = null;
        for (Alert alert : ofStory) {
            Duration gap = Duration.between(alert.first().time(), article.time()).abs();
            if (gap.compareTo(window) < 0 && (nearestGap == null || gap.compareTo(nearestGap) < 0)) {
                nearest = alert;
                nearestGap = gap;
            }
        }
        if (nearest != null) {
            nearest.articles().add(article);
            return null;
        }
        Alert raised = new Alert(article, new ArrayList<>(List.of(article)));
        ofStory.add(raised);
        alerts.add(raised);
        return raised;
    }

    /** Every alert raised so far, in the order raised. */
    public List<Alert> alerts() {
        return alerts;
    }
}
