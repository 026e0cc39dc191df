-- Read models kept in the command's own transaction (subscribing processor "read-models"): a GET right after a
-- command sees it. The unique constraints guard what the REST layer checks before sending a command, so that
-- of two racing requests one succeeds and the other gets 409 (its events roll back with the failed insert).

create table units (
    unit_id       varchar(255) primary key,
    code          text         not null,
    name          text         not null,
    registered_at timestamptz  not null,
    registered_by varchar(255) not null,
    constraint units_code_unique unique (code)
);

create table officers (
    officer_id    varchar(255) primary key,
    police_number text         not null,
    name          text         not null,
    unit_id       varchar(255) not null,
    roles         varchar(32)[] not null,
    registered_at timestamptz  not null,
    registered_by varchar(255) not null,
    constraint officers_police_number_unique unique (police_number)
);
create index officers_by_unit on officers (unit_id, name);

create table rulebook_versions (
    version_id     varchar(255) primary key,
    name           text         not null,
    effective_from date         not null,
    published_at   timestamptz  not null,
    published_by   varchar(255) not null,
    content        jsonb        not null
);

-- The rulebook catalog reads the published versions straight from the event store (few rows among many).
create index domain_event_entry_rulebook_versions on domain_event_entry (global_index)
    where payload_type = 'cn.kaoping.contracts.evaluation.RulebookVersionPublished';
