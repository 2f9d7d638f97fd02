-- Collection statistics for keyword extraction (TF-IDF): per language, how many articles there are
-- and in how many each stem occurs. An article is counted once, when first indexed.
CREATE TABLE term_corpus (
    language  TEXT PRIMARY KEY,
    documents BIGINT NOT NULL
);
CREATE TABLE term_document_frequency (
    language  TEXT    NOT NULL,
    stem      TEXT    NOT NULL,
    documents INTEGER NOT NULL,
    PRIMARY KEY (language, stem)
);
CREATE TABLE article_terms_counted (
    article_id TEXT PRIMARY KEY,
    language   TEXT        NOT NULL,
    counted_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
