package io.marsad.crawler.model;

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

/** A news site the crawler polls, with its health. Never leaves the crawler: the REST layer maps it. */
@Entity
@Table(name = "source")
public class Source extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false, unique = true)
    public String homepage;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "feed_urls", nullable = false, columnDefinition = "text[]")
    public List<String> feedUrls = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "sitemap_urls", nullable = false, columnDefinition = "text[]")
    public List<String> sitemapUrls = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "section_urls", nullable = false, columnDefinition = "text[]")
    public List<String> sectionUrls = new ArrayList<>();

    @Column(name = "language_hint")
    public String languageHint;

    @Column(name = "country_hint")
    public String countryHint;

    /** The longest wait between polls of the listings: what a quiet source backs off to. */
    @Column(name = "poll_interval_s", nullable = false)
    public int pollIntervalSeconds = 900;

    /** The shortest wait between polls: what a source that publishes often is polled at. */
    @Column(name = "min_poll_interval_s", nullable = false)
    public int minPollIntervalSeconds = 60;

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "last_fetch_at", insertable = false, updatable = false)
    public Instant lastFetchAt;

    @Column(name = "last_success_at", insertable = false, updatable = false)
    public Instant lastSuccessAt;

    @Column(name = "consecutive_failures", nullable = false, insertable = false, updatable = false)
    public int consecutiveFailures;

    @Column(name = "last_error", insertable = false, updatable = false)
    public String lastError;

    /** When the current or last listing poll began. Health fields are written by the pollers' SQL only, never by an update of settings. */
    @Column(name = "poll_started_at", insertable = false, updatable = false)
    public Instant pollStartedAt;

    /** The wait the last poll chose between the bounds, from how often the source publishes; null before the first poll. */
    @Column(name = "current_poll_interval_s", insertable = false, updatable = false)
    public Integer currentPollIntervalSeconds;

    @Column(name = "next_poll_at", insertable = false, updatable = false)
    public Instant nextPollAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }
}
