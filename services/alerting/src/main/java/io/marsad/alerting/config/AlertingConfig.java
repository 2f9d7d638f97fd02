package io.marsad.alerting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** {@code marsad.alerting.*} (defaults here, stated once). */
@ConfigMapping(prefix = "marsad.alerting")
public interface AlertingConfig {

    /**
     * Hosts or addresses webhooks may be posted to although the address guard would refuse them,
     * e.g. a test receiver on 127.0.0.1. Empty in production.
     */
    Optional<List<String>> webhookAllowedHosts();

    /** How often the inbox is matched against the subscriptions (and the subscriptions brought up to date). */
    @WithDefault("1s")
    Duration matchEvery();

    /** The pause after start-up before the first matching. */
    @WithDefault("5s")
    Duration startDelay();

    /** Articles leased per batch. */
    @WithDefault("100")
    int matchBatch();

    /**
     * Threads that match a leased batch, the articles of one story on one thread in the order they
     * came; 0 for as many as the machine has cores.
     */
    @WithDefault("0")
    int matchThreads();

    /**
     * How long a replica holds the articles it leased; after a crash they are matched again this much
     * later. Renewed while the batch is matched.
     */
    @WithDefault("30s")
    Duration matchLease();

    /**
     * Articles of a story within this long of an alert's article (by their alert times, either
     * side) are attached to it rather than alerting again (a story syndicated forty times alerts once).
     */
    @WithDefault("24h")
    Duration storyWindow();

    /** How often due deliveries are sent. */
    @WithDefault("1s")
    Duration deliverEvery();

    /** Deliveries leased per batch. */
    @WithDefault("50")
    int deliveryBatch();

    /**
     * How long a worker holds the deliveries it leased; after a crash they are sent again this much
     * later. Renewed while the batch is sent.
     */
    @WithDefault("30s")
    Duration deliveryLease();

    /** The pause after the first failed attempt; it doubles with each further one, up to an hour. */
    @WithDefault("10s")
    Duration deliveryRetryBase();

    /** Attempts before a delivery is dead (its owner can retry it). */
    @WithDefault("8")
    int deliveryMaxAttempts();

    /** How often a live stream of the unread count looks for a change. */
    @WithDefault("2s")
    Duration streamEvery();

    /** A backtest reads at most this many matching articles; beyond them it counts the newest days only and says so. */
    @WithDefault("10000")
    int previewMaxArticles();

    /** The longest backtest, in days. */
    @WithDefault("30")
    int previewMaxDays();

    /** How often the monitors that subscriptions follow are read again, so a monitor's edit reaches its subscriptions. */
    @WithDefault("1m")
    Duration monitorFollowEvery();

    /** How often the spike signal of the monitors that spike subscriptions watch is asked for. */
    @WithDefault("5m")
    Duration spikeEvery();

    /** How many of the day's top stories a spike alert shows. */
    @WithDefault("5")
    int spikeStories();
}
