package io.marsad.dashboard.service;

import io.marsad.dashboard.client.Monitor;
import io.marsad.dashboard.client.MonitorShares;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A monitor's share of voice against monitors the user chose, as the monitor's page draws it: one
 * bar split into each monitor's part (an SVG, so no inline style is needed), with each part's
 * articles and percentage in the interface's language; and the user's other monitors to choose from.
 *
 * @param period the dates compared over (a narrowing of dates only)
 * @param parts  empty until some monitor is chosen to compare with
 */
public record ShareOfVoice(long monitorId, Narrowing period, List<Choice> choices, List<Part> parts, long articles) {

    /** At most this many monitors are compared with one (search's limit). */
    public static final int MAX_COMPARED = 10;
    /** The bar's drawing box. */
    public static final int WIDTH = 600;
    public static final int HEIGHT = 28;
    /** Fill classes of the parts, in turn (the stylesheet colours them). */
    static final int COLOURS = 6;

    public record Choice(long id, String name, boolean chosen) {}

    public record Part(long monitorId, String name, long articles, String percent, double x, double width, String colour) {}

    public static ShareOfVoice of(long monitorId, Narrowing period, List<Monitor> mine, Set<Long> compared, MonitorShares shares, Locale locale) {
        List<Choice> choices = mine.stream().filter(monitor -> monitor.id() != monitorId)
            .map(monitor -> new Choice(monitor.id(), monitor.name(), compared.contains(monitor.id()))).toList();
        List<Part> parts = new ArrayList<>();
        long articles = 0;
        if (shares != null && shares.shareOfVoice() != null && shares.shareOfVoice().size() > 1) {
            NumberFormat percent = NumberFormat.getPercentInstance(locale);
            percent.setMaximumFractionDigits(1);
            double x = 0;
            for (MonitorShares.Share share : shares.shareOfVoice()) {
                double width = Math.round(WIDTH * share.share() * 10) / 10.0;
                parts.add(new Part(share.monitorId(), share.name(), share.articles(), percent.format(share.share()), Math.round(x * 10) / 10.0,
                    width, "voice-" + parts.size() % COLOURS));
                x += width;
                articles += share.articles();
            }
        }
        return new ShareOfVoice(monitorId, period, choices, parts, articles);
    }
}
