-- Every counted article adds 1 to the row of each of its stems: with room left on each page the
-- new row version stays on its page and the primary key is not touched (a heap-only update).
ALTER TABLE term_document_frequency SET (fillfactor = 50);
ALTER TABLE term_corpus SET (fillfactor = 50);
