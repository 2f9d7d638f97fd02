package io.marsad.alerting.service;

import io.marsad.support.problem.InvalidFieldException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The days a backtest covers: the last {@code days} days in the draft's time zone, today (until
 * now) the last of them.
 */
record BacktestRange(ZoneId zone, LocalDate firstDay, LocalDate today, Instant from, Instant to) {

    /** The range, or a 400 naming the time zone or the number of days. */
    static BacktestRange lastDays(String timeZone, int days, int maxDays) {
        ZoneId zone = SubscriptionService.zone(timeZone);
        if (days < 1 || days > maxDays) {
            throw new InvalidFieldException("days", "must be between 1 and " + maxDays);
        }
        Instant to = Instant.now();
        LocalDate today = LocalDate.ofInstant(to, zone);
        LocalDate firstDay = today.minusDays(days - 1L);
        return new BacktestRange(zone, firstDay, today, firstDay.atStartOfDay(zone).toInstant(), to);
    }
}
