-- When the source's current (or last) listing poll began: the URLs discovered since are that
-- poll's round, whose fetching the sources page shows as progress.
ALTER TABLE source ADD COLUMN poll_started_at TIMESTAMPTZ;
CREATE INDEX crawl_url_source_discovered ON crawl_url (source_id, discovered_at);
