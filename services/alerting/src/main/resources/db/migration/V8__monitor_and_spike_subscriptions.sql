-- A subscription may follow a monitor of the search service instead of carrying its own query: its
-- query and filters are then the monitor's, copied when it is saved and kept up to date by every
-- replica's monitor follower (a change takes a new revision, so matchers follow it as any edit).
-- Kind 'spike' fires when the monitor's spike signal turns on: it needs a monitor, and is watched
-- rather than matched article by article.
ALTER TABLE subscription DROP CONSTRAINT subscription_kind_check;
ALTER TABLE subscription
    ADD CONSTRAINT subscription_kind_check CHECK (kind IN ('keyword', 'spike')),
    ADD COLUMN monitor_id            BIGINT,
    -- when the monitor was found deleted: the subscription was muted then
    ADD COLUMN monitor_missing_since TIMESTAMPTZ,
    ADD CONSTRAINT subscription_spike_monitor CHECK (kind <> 'spike' OR monitor_id IS NOT NULL);
CREATE INDEX subscription_monitor ON subscription (monitor_id) WHERE monitor_id IS NOT NULL;

-- A spike alert is an alert of its own kind, with the signal that raised it; one per subscription
-- and day (its story_id names the monitor and the day), however many replicas watch.
ALTER TABLE alert
    ADD COLUMN kind  TEXT NOT NULL DEFAULT 'match' CHECK (kind IN ('match', 'spike')),
    ADD COLUMN spike JSONB;
CREATE UNIQUE INDEX alert_spike_once ON alert (subscription_id, story_id) WHERE kind = 'spike';
