-- Story bands are looked up for the articles of the last 14 days only (StoryAssigner.RECENT_DAYS),
-- and there are 42 per article: each row now says the day it was written, so StoryPruner deletes the
-- older ones by a small block-range index. Rows from before count as written on this migration's day.
ALTER TABLE story_band ADD COLUMN created_on DATE NOT NULL DEFAULT CURRENT_DATE;
CREATE INDEX story_band_age ON story_band USING brin (created_on);
