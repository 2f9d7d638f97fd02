-- Adaptive polling: a source is polled as often as it publishes, between its shortest interval
-- (min_poll_interval_s) and its longest (poll_interval_s); current_poll_interval_s is the wait the
-- last poll chose (null before the first poll, which starts at the shortest).
ALTER TABLE source ADD COLUMN min_poll_interval_s INTEGER NOT NULL DEFAULT 60;
ALTER TABLE source ADD COLUMN current_poll_interval_s INTEGER;
UPDATE source SET min_poll_interval_s = LEAST(60, poll_interval_s);
ALTER TABLE source ADD CONSTRAINT source_poll_bounds CHECK (min_poll_interval_s > 0 AND min_poll_interval_s <= poll_interval_s);
