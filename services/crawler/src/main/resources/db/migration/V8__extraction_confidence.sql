-- How far the extracted text of a fetched page can be trusted (0 = no article text found, 1 = sure),
-- so that a source's health can count its doubtful pages. Null for pages not extracted.
ALTER TABLE crawl_url ADD COLUMN extraction_confidence REAL;
