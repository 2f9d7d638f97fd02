-- Saved searches, owned by a Keycloak user (the token's subject).
CREATE TABLE monitor (
    id            BIGSERIAL PRIMARY KEY,
    owner_subject TEXT        NOT NULL,
    name          TEXT        NOT NULL,
    query         TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX monitor_owner ON monitor (owner_subject);
