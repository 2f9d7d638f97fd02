-- Digests: one per digest subscription and period, made when the period ends, listing the period's
-- alerts by story; a period without alerts is recorded (so it is not looked at again) and sends nothing.
CREATE TABLE digest (
    id              BIGSERIAL PRIMARY KEY,
    subscription_id BIGINT      NOT NULL,
    owner_subject   TEXT        NOT NULL,
    period_start    TIMESTAMPTZ NOT NULL,
    period_end      TIMESTAMPTZ NOT NULL,
    alerts          INTEGER     NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (subscription_id, period_end)
);

-- A delivery carries either one alert (realtime) or one digest.
ALTER TABLE delivery ALTER COLUMN alert_id DROP NOT NULL;
ALTER TABLE delivery ADD COLUMN digest_id BIGINT REFERENCES digest (id) ON DELETE CASCADE;
ALTER TABLE delivery ADD CONSTRAINT delivery_carries_one CHECK ((alert_id IS NULL) <> (digest_id IS NULL));
ALTER TABLE delivery ADD CONSTRAINT delivery_digest_once UNIQUE (digest_id, channel, target);
