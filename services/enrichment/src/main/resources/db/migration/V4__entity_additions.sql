-- What admins added to the knowledge base through /api/entities: new entities, and spellings laid
-- over bundled ones (same id). Read after the bundled tables at start and whenever it changes.
CREATE TABLE entity_addition (
    entity_id   TEXT PRIMARY KEY,
    type        TEXT        NOT NULL,
    names       JSONB       NOT NULL DEFAULT '{}'::jsonb,
    aliases     JSONB       NOT NULL DEFAULT '{}'::jsonb,
    description TEXT,
    created_by  TEXT        NOT NULL,
    updated_by  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX entity_addition_updated ON entity_addition (updated_at);
