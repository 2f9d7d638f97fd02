-- Indexing of accepted articles: leased like the crawler's outbox so replicas share the work, and
-- each article stays in the index it was first written to, so a re-sent article is an update.
ALTER TABLE article_intake
    ADD COLUMN index_name  TEXT,
    ADD COLUMN attempts    INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN last_error  TEXT,
    ADD COLUMN lease_owner TEXT,
    ADD COLUMN lease_until TIMESTAMPTZ;
