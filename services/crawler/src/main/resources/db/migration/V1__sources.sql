-- Sources the crawler polls: feeds, sitemaps and section pages of one site.
CREATE TABLE source (
    id              BIGSERIAL PRIMARY KEY,
    name            TEXT        NOT NULL,
    homepage        TEXT        NOT NULL UNIQUE,
    enabled         BOOLEAN     NOT NULL DEFAULT TRUE,
    poll_interval_s INTEGER     NOT NULL DEFAULT 900 CHECK (poll_interval_s >= 60),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
