-- A monitor's filters besides its query, and optimistic locking for concurrent edits.
ALTER TABLE monitor
    ADD COLUMN languages TEXT[] NOT NULL DEFAULT '{}',
    ADD COLUMN sources   TEXT[] NOT NULL DEFAULT '{}',
    ADD COLUMN entities  TEXT[] NOT NULL DEFAULT '{}',
    ADD COLUMN version   BIGINT NOT NULL DEFAULT 0;
