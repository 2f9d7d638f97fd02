package io.marsad.dashboard.service;

import io.marsad.dashboard.client.SearchResult;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A results timeline as the bars of an SVG chart drawn on the server (no script, and readable
 * without one: each bar is a link that narrows the page to its dates, with its count as a title).
 */
public final class TimelineBars {

    /** The chart's drawing box; the page scales it to its width. */
    public static final int WIDTH = 600;
    public static final int HEIGHT = 120;

    /** One bar: where it is drawn, what it counts, and the narrowing to its period. */
    public record Bar(double x, double y, double width, double height, String label, long count, Narrowing narrowing) {}

    private TimelineBars() {}

    public static List<Bar> of(SearchResult.Timeline timeline, Narrowing narrowing) {
        List<Bar> bars = new ArrayList<>();
        if (timeline == null || timeline.points() == null || timeline.points().isEmpty()) {
            return bars;
        }
        List<SearchResult.Point> points = timeline.points();
        long highest = Math.max(1, points.stream().mapToLong(SearchResult.Point::count).max().orElse(1));
        double slot = (double) WIDTH / points.size();
        ZoneId zone = zone(timeline.timeZone());
        for (int i = 0; i < points.size(); i++) {
            SearchResult.Point point = points.get(i);
            Instant end = i + 1 < points.size() ? points.get(i + 1).start() : next(point.start(), timeline.interval(), zone);
            double height = point.count() == 0 ? 0 : Math.max(1, (HEIGHT - 4) * (double) point.count() / highest);
            bars.add(new Bar(round(i * slot + slot * 0.1), round(HEIGHT - height), round(slot * 0.8), round(height),
                label(point.start(), timeline.interval(), zone), point.count(), narrowing.withDates(point.start(), end)));
        }
        return bars;
    }

    /** Plain bars, one per count (a backtest's alerts per day): no links. */
    public static List<Bar> of(List<String> labels, List<Long> counts) {
        List<Bar> bars = new ArrayList<>();
        long highest = Math.max(1, counts.stream().mapToLong(Long::longValue).max().orElse(1));
        double slot = counts.isEmpty() ? WIDTH : (double) WIDTH / counts.size();
        for (int i = 0; i < counts.size(); i++) {
            double height = counts.get(i) == 0 ? 0 : Math.max(1, (HEIGHT - 4) * (double) counts.get(i) / highest);
            bars.add(new Bar(round(i * slot + slot * 0.1), round(HEIGHT - height), round(slot * 0.8), round(height), labels.get(i), counts.get(i),
                null));
        }
        return bars;
    }

    private static Instant next(Instant start, String interval, ZoneId zone) {
        ZonedDateTime at = start.atZone(zone);
        return switch (interval == null ? "day" : interval) {
            case "hour" -> at.plusHours(1).toInstant();
            case "week" -> at.plusWeeks(1).toInstant();
            case "month" -> at.plusMonths(1).toInstant();
            case "year" -> at.plusYears(1).toInstant();
            default -> at.plusDays(1).toInstant();
        };
    }

    private static String label(Instant start, String interval, ZoneId zone) {
        ZonedDateTime at = start.atZone(zone);
        return switch (interval == null ? "day" : interval) {
            case "hour" -> String.format(Locale.ROOT, "%s %02d:00", at.toLocalDate(), at.getHour());
            case "month" -> String.format(Locale.ROOT, "%d-%02d", at.getYear(), at.getMonthValue());
            case "year" -> Integer.toString(at.getYear());
            default -> at.toLocalDate().toString();
        };
    }

    private static ZoneId zone(String timeZone) {
        try {
            return ZoneId.of(timeZone == null ? "UTC" : timeZone);
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
