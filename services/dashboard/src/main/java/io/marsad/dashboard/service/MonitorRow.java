package io.marsad.dashboard.service;

import io.marsad.dashboard.client.Monitor;
import io.marsad.dashboard.client.MonitorPulse;

import java.util.List;
import java.util.Locale;

/**
 * A monitor as the list shows it: a sparkline of its daily volume over the last two weeks and
 * today, and a spike badge while today stands out (search's spike signal). Without a pulse (search
 * did not answer for it in time) the row shows the monitor alone.
 *
 * @param sparkline the points of an SVG polyline in a {@value #WIDTH}×{@value #HEIGHT} box, or null
 */
public record MonitorRow(Monitor monitor, String sparkline, boolean spiking, long today, double usual) {

    public static final int WIDTH = 100;
    public static final int HEIGHT = 24;

    public static MonitorRow of(Monitor monitor, MonitorPulse pulse) {
        if (pulse == null || pulse.daily() == null || pulse.daily().isEmpty() || pulse.spike() == null) {
            return new MonitorRow(monitor, null, false, 0, 0);
        }
        return new MonitorRow(monitor, points(pulse.daily()), pulse.spike().spiking(), pulse.spike().count(),
            Math.round(pulse.spike().baselineMean() * 10) / 10.0);
    }

    static String points(List<Long> daily) {
        long highest = Math.max(1, daily.stream().mapToLong(Long::longValue).max().orElse(1));
        double step = daily.size() == 1 ? 0 : (double) WIDTH / (daily.size() - 1);
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < daily.size(); i++) {
            double y = HEIGHT - 1 - (HEIGHT - 2) * (double) daily.get(i) / highest;
            points.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", i * step, y));
        }
        return points.toString();
    }
}
