-- Alerts on their way to webhooks and e-mail addresses: one row per alert and target, written in the
-- transaction that raised the alert, leased by the delivery workers of every replica
-- (FOR UPDATE SKIP LOCKED), retried with growing pauses, then dead until the owner retries.
CREATE TABLE delivery (
    id              BIGSERIAL PRIMARY KEY,
    alert_id        BIGINT      NOT NULL REFERENCES alert (id) ON DELETE CASCADE,
    subscription_id BIGINT      NOT NULL,
    owner_subject   TEXT        NOT NULL,
    channel         TEXT        NOT NULL CHECK (channel IN ('webhook', 'email')),
    target          TEXT        NOT NULL,
    status          TEXT        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'dead')),
    attempts        INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    lease_owner     TEXT,
    lease_until     TIMESTAMPTZ,
    last_status     INTEGER,
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    delivered_at    TIMESTAMPTZ,
    UNIQUE (alert_id, channel, target)
);
CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status = 'pending';
CREATE INDEX delivery_subscription ON delivery (subscription_id, created_at DESC);
