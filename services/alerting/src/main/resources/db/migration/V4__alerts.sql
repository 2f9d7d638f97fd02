-- Matching is shared by the replicas: each leases unmatched articles from the inbox.
ALTER TABLE article_inbox
    ADD COLUMN lease_owner TEXT,
    ADD COLUMN lease_until TIMESTAMPTZ,
    ADD COLUMN attempts    INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN last_error  TEXT;

-- An alert: one per subscription and story within the story window; later copies of the story are
-- attached to it (alert_article) rather than alerting again.
CREATE TABLE alert (
    id              BIGSERIAL PRIMARY KEY,
    subscription_id BIGINT      NOT NULL,
    owner_subject   TEXT        NOT NULL,
    story_id        TEXT        NOT NULL,
    article_id      TEXT        NOT NULL,
    title           TEXT        NOT NULL,
    url             TEXT        NOT NULL,
    source_name     TEXT,
    language        TEXT,
    published_at    TIMESTAMPTZ,
    matched_terms   TEXT[]      NOT NULL DEFAULT '{}',
    explanation     JSONB       NOT NULL,
    copies          INTEGER     NOT NULL DEFAULT 1,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    read_at         TIMESTAMPTZ
);
CREATE INDEX alert_owner_created ON alert (owner_subject, created_at DESC);
CREATE INDEX alert_owner_unread ON alert (owner_subject) WHERE read_at IS NULL;
CREATE INDEX alert_story ON alert (subscription_id, story_id, created_at DESC);

-- Every article that matched a subscription, once: the article that raised the alert and the copies attached to it.
CREATE TABLE alert_article (
    subscription_id BIGINT      NOT NULL,
    article_id      TEXT        NOT NULL,
    alert_id        BIGINT      NOT NULL REFERENCES alert (id) ON DELETE CASCADE,
    source_name     TEXT,
    title           TEXT        NOT NULL,
    url             TEXT        NOT NULL,
    matched_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (subscription_id, article_id)
);
CREATE INDEX alert_article_alert ON alert_article (alert_id);
