-- The story window is measured between articles' alert times (publication, or indexing when the
-- publication date is missing or later), not between the moments they were matched: the backtest of
-- a draft subscription then counts exactly what the live matching records, however late an article
-- arrives. Alerts recorded before keep the time they had: publication, else creation.
ALTER TABLE alert ADD COLUMN story_time TIMESTAMPTZ;
UPDATE alert SET story_time = COALESCE(LEAST(published_at, created_at), created_at);
ALTER TABLE alert ALTER COLUMN story_time SET NOT NULL;
DROP INDEX alert_story;
CREATE INDEX alert_story ON alert (subscription_id, story_id, story_time);
