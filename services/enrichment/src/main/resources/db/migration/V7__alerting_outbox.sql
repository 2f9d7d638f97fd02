-- Indexed articles waiting for the alerting service's acknowledgement (libs/service-support Outbox),
-- written in the same transaction that marks the article indexed: none is lost when alerting is down.
CREATE TABLE alerting_outbox (
    article_id      TEXT PRIMARY KEY,
    payload         JSONB       NOT NULL,
    attempts        INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_error      TEXT,
    lease_owner     TEXT,
    lease_until     TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX alerting_outbox_due ON alerting_outbox (next_attempt_at, created_at);
