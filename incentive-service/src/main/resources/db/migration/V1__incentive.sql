-- incentive-service (奖). Projection tables (emptied by a rebuild and replayed from the streams) and the service's
-- own decisions (scheme versions, funding allocations, published rankings: never emptied).

-- Projection: one row per case file with what the scheme may use (I1's closed list of inputs) and nothing else.
CREATE TABLE case_file_fact (
    case_file_id       text PRIMARY KEY,
    case_number        text,
    kind               text,
    unit_id            text,
    primary_officer_id text,
    co_handler_ids     text[] NOT NULL DEFAULT '{}',
    evaluation_month   text,
    final_score        numeric(6, 2),
    grade              text,
    classification     text,
    veto               boolean NOT NULL DEFAULT false,
    final_round        integer,
    process_deduction  numeric(6, 2) NOT NULL DEFAULT 0,
    -- when the result held was decided: an older result arriving later is ignored
    result_at          timestamptz
);
CREATE INDEX case_file_fact_month ON case_file_fact (evaluation_month);

-- Projection: files confirmed among the ten best (十佳) of a selection.
CREATE TABLE ten_best_file (
    case_file_id text PRIMARY KEY,
    selection_id text NOT NULL,
    period       text NOT NULL,
    rank         integer NOT NULL
);

-- Projection: published monthly lists and their red cards (红牌), per version.
CREATE TABLE published_list (
    month                text NOT NULL,
    version              integer NOT NULL,
    red_card_officer_ids text[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (month, version)
);
CREATE TABLE red_card (
    officer_id        text NOT NULL,
    month             text NOT NULL,
    list_version      integer NOT NULL,
    unit_id           text,
    average_deduction numeric(8, 2),
    files_evaluated   integer,
    PRIMARY KEY (officer_id, month, list_version)
);

-- Projection: accountability outcomes (追责): the decision and every review or appeal outcome, all kept.
CREATE TABLE accountability_outcome (
    case_id    text NOT NULL,
    kind       text NOT NULL,
    decided_on date NOT NULL,
    officer_id text NOT NULL,
    unit_id    text,
    liable     boolean NOT NULL,
    forms      text[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (case_id, kind, decided_on)
);
CREATE INDEX accountability_outcome_officer ON accountability_outcome (officer_id);

-- Projection: rotation training records (轮训).
CREATE TABLE rotation_training (
    record_id  text PRIMARY KEY,
    officer_id text NOT NULL,
    unit_id    text,
    start_on   date,
    end_on     date,
    days       numeric(6, 1) NOT NULL
);
CREATE INDEX rotation_training_officer ON rotation_training (officer_id);

-- Projection: the rulebook's yearly rotation minimum, per rulebook version.
CREATE TABLE rulebook_rotation (
    version_id     text PRIMARY KEY,
    effective_from date NOT NULL,
    days_per_year  integer NOT NULL
);

-- Own: performance scheme versions (I1). The default version ships with the service.
CREATE TABLE scheme_version (
    version_id     text PRIMARY KEY,
    effective_from date NOT NULL UNIQUE,
    content        jsonb NOT NULL,
    published_by   text NOT NULL,
    published_at   timestamptz NOT NULL
);

-- Own: funding allocations (I2). Lines are frozen at creation; approval makes the row immutable.
CREATE TABLE funding_allocation (
    allocation_id  text PRIMARY KEY,
    period         text NOT NULL,
    pool           numeric(15, 2) NOT NULL,
    scheme_version text NOT NULL,
    version        integer,
    state          text NOT NULL,
    units          jsonb NOT NULL,
    created_by     text NOT NULL,
    created_at     timestamptz NOT NULL,
    approved_by    text,
    approved_at    timestamptz,
    UNIQUE (period, version)
);
CREATE INDEX funding_allocation_period ON funding_allocation (period, created_at);

-- Own: published commendation rankings (I3).
CREATE TABLE commendation_ranking (
    ranking_id     text PRIMARY KEY,
    period         text NOT NULL,
    scheme_version text NOT NULL,
    content        jsonb NOT NULL,
    published_by   text NOT NULL,
    published_at   timestamptz NOT NULL
);
