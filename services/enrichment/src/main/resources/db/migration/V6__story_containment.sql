-- Stories also join a copy contained in its original (a trimmed syndicated copy), which needs each
-- article's shingle count, and the LSH bands changed (42 bands of 3 rows, libs/text MinHash). Bands
-- of the old layout cannot be compared with new ones: the near-duplicate index starts afresh.
-- Articles already indexed keep their storyId; a later copy of one of them starts a new story.
DELETE FROM story_band;
DELETE FROM article_signature;
ALTER TABLE article_signature ADD COLUMN shingles INTEGER NOT NULL DEFAULT 0;
