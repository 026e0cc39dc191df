-- supervision-service (督). Two kinds of tables:
--  * the projection of other services' events (sv_*): emptied by a rebuild and replayed;
--  * the service's own decisions (tracking_*, accountability_*, timer): never cleared, never purged.

-- Projection: what the evaluation stream says about each case file.
CREATE TABLE sv_case_file (
    case_file_id          text PRIMARY KEY,
    case_number           text NOT NULL,
    unit_id               text NOT NULL,
    officer_id            text NOT NULL,
    evaluation_month      text,
    rectification_due_on  date,
    submission_overdue    boolean NOT NULL DEFAULT false,
    refused_rectification boolean NOT NULL DEFAULT false,
    closed                boolean NOT NULL DEFAULT false,
    all_rectified         boolean NOT NULL DEFAULT false,
    round                 int NOT NULL DEFAULT 0,
    unrectified_count     int NOT NULL DEFAULT 0,
    total_deduction       numeric(6,1),
    findings              jsonb NOT NULL DEFAULT '[]'
);

CREATE TABLE sv_red_card (
    officer_id        text NOT NULL,
    month             text NOT NULL,
    list_version      int NOT NULL,
    unit_id           text NOT NULL,
    average_deduction numeric(8,2) NOT NULL,
    files_evaluated   int NOT NULL,
    problem_file_ids  text[] NOT NULL,
    PRIMARY KEY (officer_id, month)
);

CREATE TABLE sv_ten_worst (
    case_file_id text PRIMARY KEY,
    selection_id text NOT NULL,
    period       text NOT NULL,
    officer_id   text NOT NULL,
    unit_id      text NOT NULL,
    case_number  text,
    rank         int NOT NULL,
    final_score  numeric(6,1)
);

CREATE TABLE sv_failed_exam (
    class_id   text NOT NULL,
    officer_id text NOT NULL,
    unit_id    text NOT NULL,
    score      numeric(6,1),
    attempts   int NOT NULL,
    PRIMARY KEY (class_id, officer_id)
);

-- Thresholds of each rulebook version (S2 proposals).
CREATE TABLE sv_rulebook (
    version_id                 text PRIMARY KEY,
    effective_from             date NOT NULL,
    on_refused_rectification   boolean NOT NULL,
    red_cards                  int NOT NULL,
    within_months              int NOT NULL
);

-- Proposals for accountability (S2), derived from the projection: a rebuild recomputes the same ids.
CREATE TABLE sv_proposal (
    proposal_id  text PRIMARY KEY,
    officer_id   text NOT NULL,
    unit_id      text NOT NULL,
    ground       text NOT NULL,
    reference    text NOT NULL,
    case_file_ids text[] NOT NULL,
    months       text[] NOT NULL,
    proposed_at  timestamptz NOT NULL
);
CREATE INDEX sv_proposal_officer ON sv_proposal (officer_id);

-- S1 tracking items: decisions of this service (kept across rebuilds).
CREATE TABLE tracking_item (
    item_id      text PRIMARY KEY,
    kind         text NOT NULL,
    reason       text NOT NULL,
    officer_id   text NOT NULL,
    unit_id      text NOT NULL,
    case_file_id text,
    case_number  text,
    period       text,
    due_on       date NOT NULL,
    state        text NOT NULL,
    opened_at    timestamptz NOT NULL,
    opened_by    text NOT NULL
);
CREATE INDEX tracking_item_subject ON tracking_item (kind, reason, officer_id, case_file_id);
CREATE INDEX tracking_item_unit ON tracking_item (unit_id, state);

-- Every automatic opening key (subject + reason [+ period]) ever seen: a redelivered, re-published or replayed
-- event finds its key and opens nothing.
CREATE TABLE tracking_opening (
    opening_key text PRIMARY KEY,
    item_id     text NOT NULL
);

CREATE TABLE tracking_history (
    item_id         text NOT NULL REFERENCES tracking_item (item_id),
    seq             bigserial,
    at              timestamptz NOT NULL,
    type            text NOT NULL,
    actor_id        text NOT NULL,
    actor_name      text,
    note            text,
    due_on          date,
    source_event_id text UNIQUE,
    PRIMARY KEY (item_id, seq)
);

-- S2 accountability cases (执法过错责任追究): never purged; they follow the officer, not his unit.
CREATE TABLE accountability_case (
    case_id          text PRIMARY KEY,
    officer_id       text NOT NULL,
    unit_id          text NOT NULL,
    proposal_id      text,
    grounds          text[] NOT NULL,
    reason           text,
    state            text NOT NULL,
    facts            jsonb NOT NULL,
    opinion          jsonb NOT NULL,
    opened_at        timestamptz NOT NULL,
    opened_by        text NOT NULL,
    issued_on        date,
    statement_due_on date,
    statement        text,
    statement_at     timestamptz,
    submitted_at     timestamptz
);
CREATE INDEX accountability_case_officer ON accountability_case (officer_id);
-- One case per proposal.
CREATE UNIQUE INDEX accountability_case_proposal ON accountability_case (proposal_id) WHERE proposal_id IS NOT NULL;

-- The decision and every later review or appeal outcome: rows are added, never edited.
CREATE TABLE accountability_outcome (
    case_id    text NOT NULL REFERENCES accountability_case (case_id),
    seq        int NOT NULL,
    kind       text NOT NULL,
    liable     boolean NOT NULL,
    forms      text[] NOT NULL,
    grounds    text,
    note       text,
    batch      text,
    decided_on date NOT NULL,
    actor_id   text NOT NULL,
    at         timestamptz NOT NULL,
    PRIMARY KEY (case_id, seq)
);

CREATE TABLE accountability_history (
    case_id  text NOT NULL REFERENCES accountability_case (case_id),
    seq      bigserial,
    at       timestamptz NOT NULL,
    type     text NOT NULL,
    actor_id text NOT NULL,
    note     text,
    PRIMARY KEY (case_id, seq)
);

-- Durable timers: an item's due date, a case's statement period. The poller claims due rows with
-- FOR UPDATE SKIP LOCKED; the firing checks that the target is still in the state the timer expects.
CREATE TABLE timer (
    timer_id  text PRIMARY KEY,
    kind      text NOT NULL,
    target_id text NOT NULL,
    due_on    date NOT NULL,
    fire_at   timestamptz NOT NULL,
    fired_at  timestamptz,
    outcome   text
);
CREATE INDEX timer_due ON timer (fire_at) WHERE fired_at IS NULL;
