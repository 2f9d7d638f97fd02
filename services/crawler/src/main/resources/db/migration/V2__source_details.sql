-- Where a source publishes, what to expect from it, and how its crawling goes.
ALTER TABLE source
    ADD COLUMN feed_urls            TEXT[]      NOT NULL DEFAULT '{}',
    ADD COLUMN sitemap_urls         TEXT[]      NOT NULL DEFAULT '{}',
    ADD COLUMN section_urls         TEXT[]      NOT NULL DEFAULT '{}',
    ADD COLUMN language_hint        VARCHAR(3),
    ADD COLUMN country_hint         VARCHAR(2),
    ADD COLUMN last_fetch_at        TIMESTAMPTZ,
    ADD COLUMN last_success_at      TIMESTAMPTZ,
    ADD COLUMN consecutive_failures INTEGER     NOT NULL DEFAULT 0,
    ADD COLUMN last_error           TEXT,
    ADD COLUMN version              BIGINT      NOT NULL DEFAULT 0;

ALTER TABLE source ADD CONSTRAINT source_name_not_blank CHECK (length(btrim(name)) > 0);
CREATE INDEX source_enabled ON source (enabled);
