-- Articles accepted from the crawler, kept until indexed: accepting is idempotent by id.
CREATE TABLE article_intake (
    article_id  TEXT        PRIMARY KEY,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    indexed_at  TIMESTAMPTZ,
    payload     JSONB       NOT NULL
);
CREATE INDEX article_intake_pending ON article_intake (received_at) WHERE indexed_at IS NULL;
