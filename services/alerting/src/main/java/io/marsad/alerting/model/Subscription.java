package io.marsad.alerting.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A user's alert subscription (the token's subject owns it): what to match, how often to tell,
 * and where. Never leaves the service: the REST layer maps it. Every change takes a new revision
 * in the database (a trigger), which is how the matchers of every replica follow it.
 */
@Entity
@Table(name = "subscription")
public class Subscription extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "owner_subject", nullable = false)
    public String ownerSubject;

    @Column(nullable = false)
    public String name;

    /** In Marsad's query language (libs/query); for a subscription that follows a monitor, the monitor's. */
    @Column(nullable = false)
    public String query;

    /** The search service's monitor this subscription follows (its query and filters), or null for its own query. */
    @Column(name = "monitor_id")
    public Long monitorId;

    /** When the followed monitor was found deleted (the subscription was muted then); null while it exists. */
    @Column(name = "monitor_missing_since")
    public Instant monitorMissingSince;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> languages = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> sources = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> entities = new ArrayList<>();

    /** {@code keyword}: the query matched article by article; {@code spike}: the monitor's spike signal watched. */
    @Column(nullable = false)
    public String kind = "keyword";

    /** {@code realtime}: each alert as it happens; {@code digest}: one message per period. */
    @Column(nullable = false)
    public String mode = "realtime";

    /** For a digest: {@code hourly} or {@code daily}. */
    @Column(name = "digest_period")
    public String digestPeriod;

    /** For a daily digest, the hour of the day it is sent at, in {@link #timeZone}. */
    @Column(name = "digest_hour")
    public Integer digestHour;

    @Column(name = "time_zone", nullable = false)
    public String timeZone = "UTC";

    @Column(name = "in_app", nullable = false)
    public boolean inApp = true;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> emails = new ArrayList<>();

    @Column(name = "webhook_url")
    public String webhookUrl;

    /** The key webhook bodies are signed with (HMAC-SHA256); the owner sees it to verify them. */
    @Column(name = "webhook_secret")
    public String webhookSecret;

    /** False while muted: nothing is matched for it. */
    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    @PrePersist
    void created() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void updated() {
        updatedAt = Instant.now();
    }
}
