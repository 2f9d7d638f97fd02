-- Alert subscriptions, owned by a Keycloak user (the token's subject).
CREATE TABLE subscription (
    id            BIGSERIAL PRIMARY KEY,
    owner_subject TEXT        NOT NULL,
    name          TEXT        NOT NULL,
    query         TEXT        NOT NULL,
    channel       TEXT        NOT NULL CHECK (channel IN ('in_app', 'email', 'webhook')),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX subscription_owner ON subscription (owner_subject);
