-- WebSub (W3C Recommendation, 2018): feeds that announce a hub are subscribed to, so the hub
-- pushes their updates. One subscription per source and topic (the feed's self URL). The callback
-- URL holds callback_key, a random value that names the subscription; secret signs the pushes.
CREATE TABLE websub_subscription (
    id            BIGSERIAL PRIMARY KEY,
    source_id     BIGINT NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    topic         TEXT NOT NULL,
    hub           TEXT NOT NULL,
    callback_key  TEXT NOT NULL UNIQUE,
    secret        TEXT NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('requested', 'active', 'denied', 'failed')),
    detail        TEXT,
    requested_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    lease_until   TIMESTAMPTZ,
    last_push_at  TIMESTAMPTZ,
    pushes        BIGINT NOT NULL DEFAULT 0,
    UNIQUE (source_id, topic)
);
CREATE INDEX websub_subscription_renewal ON websub_subscription (state, lease_until);
