-- A subscription's full definition (docs/alerting.md): the query and its filters, kind and mode,
-- its channels, and whether it is active. The first table only knew one channel by name; a former
-- in-app subscription stays in-app, an e-mail or webhook one keeps no channel (it had no address).
ALTER TABLE subscription
    ADD COLUMN languages      TEXT[]  NOT NULL DEFAULT '{}',
    ADD COLUMN sources        TEXT[]  NOT NULL DEFAULT '{}',
    ADD COLUMN entities       TEXT[]  NOT NULL DEFAULT '{}',
    ADD COLUMN kind           TEXT    NOT NULL DEFAULT 'keyword' CHECK (kind IN ('keyword')),
    ADD COLUMN mode           TEXT    NOT NULL DEFAULT 'realtime' CHECK (mode IN ('realtime', 'digest')),
    ADD COLUMN digest_period  TEXT    CHECK (digest_period IN ('hourly', 'daily')),
    ADD COLUMN digest_hour    INTEGER CHECK (digest_hour BETWEEN 0 AND 23),
    ADD COLUMN time_zone      TEXT    NOT NULL DEFAULT 'UTC',
    ADD COLUMN in_app         BOOLEAN NOT NULL DEFAULT true,
    ADD COLUMN emails         TEXT[]  NOT NULL DEFAULT '{}',
    ADD COLUMN webhook_url    TEXT,
    ADD COLUMN webhook_secret TEXT,
    ADD COLUMN active         BOOLEAN NOT NULL DEFAULT true,
    ADD COLUMN version        BIGINT  NOT NULL DEFAULT 0,
    -- every change takes the next number: replicas follow subscriptions by asking for what came after the last they saw
    ADD COLUMN revision       BIGINT  NOT NULL DEFAULT 0;
UPDATE subscription SET in_app = (channel = 'in_app');
ALTER TABLE subscription DROP COLUMN channel;

CREATE SEQUENCE subscription_revision;
UPDATE subscription SET revision = nextval('subscription_revision');
CREATE INDEX subscription_revision_idx ON subscription (revision);

-- Deleted subscriptions, by the revision of their deletion, so that every replica drops them too.
CREATE TABLE subscription_deletion (
    subscription_id BIGINT PRIMARY KEY,
    revision        BIGINT      NOT NULL,
    deleted_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX subscription_deletion_revision ON subscription_deletion (revision);

-- Revisions are taken under one transaction-scoped lock, so they commit in the order they were
-- taken: a replica that has seen revision n has seen every change before it. Subscription changes
-- are user edits, rare enough to take one at a time.
CREATE FUNCTION subscription_take_revision() RETURNS BIGINT AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('subscription_revision'));
    RETURN nextval('subscription_revision');
END $$ LANGUAGE plpgsql;

CREATE FUNCTION subscription_revised() RETURNS trigger AS $$
BEGIN
    NEW.revision := subscription_take_revision();
    RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER subscription_revised BEFORE INSERT OR UPDATE ON subscription
    FOR EACH ROW EXECUTE FUNCTION subscription_revised();

CREATE FUNCTION subscription_deleted() RETURNS trigger AS $$
BEGIN
    INSERT INTO subscription_deletion (subscription_id, revision) VALUES (OLD.id, subscription_take_revision())
        ON CONFLICT (subscription_id) DO UPDATE SET revision = EXCLUDED.revision, deleted_at = now();
    RETURN OLD;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER subscription_deleted AFTER DELETE ON subscription
    FOR EACH ROW EXECUTE FUNCTION subscription_deleted();
