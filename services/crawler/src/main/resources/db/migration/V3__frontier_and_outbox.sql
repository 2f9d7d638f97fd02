-- The URL frontier: every article URL the crawler has found, normalised, once.
CREATE TABLE crawl_url (
    id                   BIGSERIAL PRIMARY KEY,
    url                  TEXT        NOT NULL UNIQUE,
    host                 TEXT        NOT NULL,
    source_id            BIGINT      REFERENCES source (id) ON DELETE CASCADE,
    status               TEXT        NOT NULL DEFAULT 'discovered'
                         CHECK (status IN ('discovered', 'fetched', 'failed', 'redirected', 'disallowed', 'blocked')),
    attempts             INTEGER     NOT NULL DEFAULT 0,
    next_fetch_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    lease_owner          TEXT,
    lease_until          TIMESTAMPTZ,
    discovered_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    fetched_at           TIMESTAMPTZ,
    http_status          INTEGER,
    last_error           TEXT,
    redirected_to        TEXT,
    listing_title        TEXT,
    listing_published_at TIMESTAMPTZ
);
CREATE INDEX crawl_url_due ON crawl_url (next_fetch_at) WHERE status = 'discovered';
CREATE INDEX crawl_url_source ON crawl_url (source_id, status);

-- Validators for conditional GET of feeds and sitemaps.
CREATE TABLE listing_state (
    url           TEXT PRIMARY KEY,
    source_id     BIGINT REFERENCES source (id) ON DELETE CASCADE,
    etag          TEXT,
    last_modified TEXT,
    last_fetch_at TIMESTAMPTZ
);

-- Articles waiting for enrichment to acknowledge them. A re-fetch of the same canonical URL
-- replaces the waiting payload; a row leaves only when enrichment has accepted it.
CREATE TABLE article_outbox (
    article_id      TEXT PRIMARY KEY,
    source_id       BIGINT,
    url             TEXT        NOT NULL,
    payload         JSONB       NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    attempts        INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_error      TEXT,
    lease_owner     TEXT,
    lease_until     TIMESTAMPTZ
);
CREATE INDEX article_outbox_due ON article_outbox (next_attempt_at);

-- When each source's listings are next due, leased like URLs so replicas share the work.
ALTER TABLE source
    ADD COLUMN next_poll_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    ADD COLUMN poll_lease_owner  TEXT,
    ADD COLUMN poll_lease_until  TIMESTAMPTZ,
    ADD COLUMN articles_last_24h INTEGER     NOT NULL DEFAULT 0;
