-- Enriched articles from the enrichment service (docs/contracts/enriched-articles.openapi.yaml),
-- one row per article id: a re-sent article replaces the stored version unless it is older.
-- matched_at is set when subscriptions have been matched against this version.
CREATE TABLE article_inbox (
    article_id  TEXT PRIMARY KEY,
    indexed_at  TIMESTAMPTZ NOT NULL,
    payload     JSONB       NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    matched_at  TIMESTAMPTZ
);
CREATE INDEX article_inbox_unmatched ON article_inbox (received_at) WHERE matched_at IS NULL;
