-- Near-duplicate detection: each article's MinHash signature and its LSH band hashes, so a new
-- article finds the stories it belongs to without comparing against every article.
CREATE TABLE article_signature (
    article_id TEXT PRIMARY KEY,
    story_id   TEXT        NOT NULL,
    signature  INTEGER[]   NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE story_band (
    band_index SMALLINT NOT NULL,
    band_hash  BIGINT   NOT NULL,
    article_id TEXT     NOT NULL REFERENCES article_signature (article_id) ON DELETE CASCADE
);
CREATE INDEX story_band_lookup ON story_band (band_index, band_hash);
CREATE INDEX article_signature_recent ON article_signature (created_at);
