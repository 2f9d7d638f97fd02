-- Per-host politeness shared by every crawler replica: who holds a host's turn (one request at a
-- time) and when the host may next be asked (the pause after a request, or a 429/503 back-off).
-- Times come from the database's clock, so replicas on machines whose clocks differ still agree.
CREATE TABLE host_turn (
    host         TEXT PRIMARY KEY,
    holder       TEXT,
    held_until   TIMESTAMPTZ,
    next_allowed TIMESTAMPTZ NOT NULL DEFAULT '-infinity'
);
