-- A counted article's stems wait here until a fold adds a few thousand articles' stems to the
-- document frequencies at once (TermStatisticsRepository.fold). Adding every article's 150-odd
-- stems one by one was PostgreSQL's largest cost per article; summed over many articles, the
-- frequent stems are one row update each. The mark (article_terms_counted) and this row are
-- written in one transaction, and a fold deletes the rows it adds in the transaction that adds
-- them: an article is counted once, even across a crash.
CREATE TABLE term_counts_pending (
    article_id TEXT   PRIMARY KEY,
    language   TEXT   NOT NULL,
    stems      TEXT[] NOT NULL
);
