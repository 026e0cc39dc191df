-- Outbox: a row Kafka refuses for good (a record too large for the producer or the broker...) is parked instead of
-- being sent again forever: parked_at and the refusal are kept for an operator, and the relay goes on with the rows
-- after it. Version 0.5 sorts above every platform migration (db/kaoping-platform and db/kaoping-directory share
-- one Flyway history per service) and before every service's V1.
ALTER TABLE outbox ADD COLUMN IF NOT EXISTS parked_at timestamptz;
ALTER TABLE outbox ADD COLUMN IF NOT EXISTS park_reason text;

-- The relay reads the rows neither sent nor parked, oldest first.
DROP INDEX IF EXISTS outbox_unsent;
CREATE INDEX IF NOT EXISTS outbox_pending ON outbox (id) WHERE sent_at IS NULL AND parked_at IS NULL;
