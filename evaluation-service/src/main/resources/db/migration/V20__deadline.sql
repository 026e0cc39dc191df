-- Durable deadlines of case files (submission, rectification): opened and closed from the events in the
-- command's own transaction, fired by the deadline scheduler of any instance (claimed with
-- SELECT ... FOR UPDATE SKIP LOCKED and a lease, so that two instances do not fire the same row at once).
create table deadline (
    case_file_id  varchar(255) not null,
    kind          varchar(16)  not null check (kind in ('SUBMISSION', 'RECTIFICATION')),
    case_number   varchar(255) not null,
    unit_id       varchar(255) not null,
    -- the last day on time, in the bureau's calendar
    due_on        date         not null,
    -- the instant from which the deadline has passed: when the scheduler fires
    due_at        timestamptz  not null,
    state         varchar(16)  not null check (state in ('OPEN', 'FIRED', 'CANCELLED')),
    opened_at     timestamptz  not null,
    fired_at      timestamptz,
    cancelled_at  timestamptz,
    -- an instance that claimed the row owns it until then (a crash lets another one retry after it)
    claimed_until timestamptz,
    claimed_by    varchar(255),
    attempts      integer      not null default 0,
    last_error    text,
    primary key (case_file_id, kind)
);

-- What the scheduler polls: open rows by due instant.
create index deadline_open_by_due_at on deadline (due_at) where state = 'OPEN';
-- What GET /api/v1/deadlines lists: open rows by unit and due date.
create index deadline_open_by_unit on deadline (unit_id, due_on) where state = 'OPEN';
