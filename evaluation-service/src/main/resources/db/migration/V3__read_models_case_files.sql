-- The case files as the portal shows them, their cards, their history, and the findings and dimension
-- deductions of each file's current card (the statistics read model). Kept in the command's transaction.

create table case_files (
    case_file_id              varchar(255) primary key,
    case_number               text         not null,
    kind                      varchar(32)  not null,
    unit_id                   varchar(255) not null,
    primary_officer_id        varchar(255) not null,
    co_handler_ids            varchar(255)[] not null,
    closed_on                 date         not null,
    rulebook_version          varchar(255) not null,
    state                     varchar(16)  not null,
    overdue_submission        boolean      not null default false,
    overdue_rectification     boolean      not null default false,
    submission_due_on         date         not null,
    submission_overdue_at     timestamptz  not null,
    pre_reviews               integer      not null default 0,
    latest_pre_review         jsonb,
    submitted_on              date,
    submitted_late            boolean,
    resubmitted_on            date,
    process_penalties         jsonb        not null default '[]',
    rectification_due_on      date,
    round_one_reviewed_on     date,
    round_two_reviewed_on     date,
    objection_due_on          date,
    pending_objection_round   integer,
    objection_decision_due_on date,
    -- the latest card (null before the first review); before it, a file overdue carries its process deduction
    current_round             integer,
    total_deduction           numeric(5, 1),
    score                     numeric(5, 1),
    grade                     varchar(16),
    classification            varchar(16),
    veto                      boolean,
    -- evaluation month and the day that fixed it (round-one review, or the submission deadline passing)
    evaluation_month          varchar(7),
    evaluation_date           date,
    closing_reason            varchar(32),
    registered_at             timestamptz  not null,
    registered_by             varchar(255) not null,
    updated_at                timestamptz  not null,
    constraint case_files_case_number_unique unique (case_number)
);
create index case_files_by_unit on case_files (unit_id, registered_at desc);
create index case_files_by_primary_officer on case_files (primary_officer_id);
create index case_files_by_co_handler on case_files using gin (co_handler_ids);
create index case_files_by_evaluation_date on case_files (evaluation_date, unit_id);

-- One card per round as it stands: made by a review (or by the rectification deadline passing), revised by an
-- upheld objection (which recomputes it; the history keeps both).
create table case_file_cards (
    case_file_id  varchar(255) not null references case_files,
    round         integer      not null,
    made_on       date         not null,
    made_at       timestamptz  not null,
    made_by       varchar(255) not null,
    -- CASE_FILE_REVIEWED or RECTIFICATION_OVERDUE
    made_by_event varchar(32)  not null,
    revised_at    timestamptz,
    revised_by    varchar(255),
    card          jsonb        not null,
    primary key (case_file_id, round)
);

-- No foreign key: handlers of one event run in no fixed order, and the history may be written first.
create table case_file_history (
    case_file_id    varchar(255) not null,
    sequence_number bigint       not null,
    event_type      varchar(64)  not null,
    occurred_at     timestamptz  not null,
    actor_id        varchar(255) not null,
    summary         text         not null,
    primary key (case_file_id, sequence_number)
);

create table case_file_findings (
    case_file_id      varchar(255) not null references case_files,
    finding_id        varchar(32)  not null,
    recorded_in_round integer      not null,
    item_code         varchar(64)  not null,
    dimension         varchar(64)  not null,
    points            numeric(5, 1) not null,
    counted_points    numeric(6, 1) not null,
    finding_class     varchar(16)  not null,
    veto              boolean      not null,
    rectification     varchar(16),
    withdrawn         boolean      not null,
    primary key (case_file_id, finding_id)
);

create table case_file_dimensions (
    case_file_id varchar(255) not null references case_files,
    dimension    varchar(64)   not null,
    weight       numeric(5, 1) not null,
    deducted     numeric(7, 1) not null,
    counted      numeric(5, 1) not null,
    primary key (case_file_id, dimension)
);
