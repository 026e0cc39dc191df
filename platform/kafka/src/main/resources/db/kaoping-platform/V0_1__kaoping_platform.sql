-- The platform kit's own tables, in every service's database. Services apply them by listing
-- classpath:db/kaoping-platform among their Flyway locations (kaoping-runtime's configuration defaults do) and
-- never create them in their own migrations. Version 0.1 sorts before every service's V1.

-- ProjectionRunner: the next offset to read per consumer and partition, committed with the projection's rows
-- (the truth about what was consumed; Kafka's committed offsets are not used).
CREATE TABLE IF NOT EXISTS consumer_offset (
    consumer_name text   NOT NULL,
    topic         text   NOT NULL,
    partition_no  int    NOT NULL,
    next_offset   bigint NOT NULL,
    PRIMARY KEY (consumer_name, topic, partition_no)
);

-- EnvelopeProjection: the envelope ids a projection has applied, its memory against redelivery (at least once
-- upstream, exactly once here). Emptied for the projection by a rebuild.
CREATE TABLE IF NOT EXISTS applied_event (
    consumer_name text        NOT NULL,
    event_id      text        NOT NULL,
    event_type    text        NOT NULL,
    subject       text,
    applied_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer_name, event_id)
);

-- Outbox: a service's own events, written in the transaction that decides them; the relay sends them to Kafka
-- oldest first and marks them sent. Never emptied by a rebuild.
CREATE TABLE IF NOT EXISTS outbox (
    id         bigserial   PRIMARY KEY,
    event_id   text        NOT NULL UNIQUE,
    topic      text        NOT NULL,
    record_key text,
    payload    text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    sent_at    timestamptz
);
CREATE INDEX IF NOT EXISTS outbox_unsent ON outbox (id) WHERE sent_at IS NULL;
