-- training-service (训). Two kinds of tables:
--  * the projection of the evaluation and publicity streams (prefix ev_), emptied and replayed by a rebuild;
--  * the service's own decisions (regulations, meetings, selections, nominations, classes, exams, rotation
--    records), never touched by a rebuild.

-- Projection ---------------------------------------------------------------------------------------------------

-- Rulebook versions: what training reads of them (item texts, the T3/T4 thresholds).
CREATE TABLE ev_rulebook (
    version_id                      text PRIMARY KEY,
    effective_from                  date    NOT NULL,
    lagging_on_red_card             boolean NOT NULL,
    lagging_problem_files_per_quarter int   NOT NULL,
    rotation_training_days_per_year int     NOT NULL
);

CREATE TABLE ev_rulebook_item (
    version_id text NOT NULL,
    code       text NOT NULL,
    text       text NOT NULL,
    PRIMARY KEY (version_id, code)
);

-- One row per case file, with its latest result.
CREATE TABLE ev_case_file (
    case_file_id       text PRIMARY KEY,
    case_number        text,
    unit_id            text,
    primary_officer_id text,
    rulebook_version   text,
    evaluation_month   text,
    ended              boolean NOT NULL DEFAULT false,
    current_round      int     NOT NULL DEFAULT 0,
    total_deduction    numeric(6, 1) NOT NULL DEFAULT 0,
    score              numeric(6, 1),
    grade              text,
    classification     text,
    veto               boolean NOT NULL DEFAULT false
);
CREATE INDEX ev_case_file_month ON ev_case_file (evaluation_month);
CREATE INDEX ev_case_file_officer ON ev_case_file (primary_officer_id, evaluation_month);

-- The findings of each file's current card (withdrawn ones kept, flagged).
CREATE TABLE ev_finding (
    case_file_id      text NOT NULL,
    finding_id        text NOT NULL,
    recorded_in_round int  NOT NULL,
    item_code         text NOT NULL,
    points            numeric(6, 1) NOT NULL,
    counted_points    numeric(6, 1) NOT NULL,
    finding_class     text NOT NULL,
    veto              boolean NOT NULL,
    note              text,
    rectification     text,
    withdrawn         boolean NOT NULL,
    PRIMARY KEY (case_file_id, finding_id)
);

-- Red cards of published monthly lists (publicity).
CREATE TABLE ev_red_card (
    officer_id        text NOT NULL,
    month             text NOT NULL,
    list_version      int  NOT NULL,
    officer_name      text,
    unit_id           text,
    average_deduction numeric(6, 2),
    files_evaluated   int,
    problem_file_ids  text[] NOT NULL,
    PRIMARY KEY (officer_id, month, list_version)
);

-- Decisions of training-service -------------------------------------------------------------------------------

-- 法规库: laws, regulations, rules and normative documents (T1).
CREATE TABLE regulation (
    id              text PRIMARY KEY,
    title           text NOT NULL,
    document_number text NOT NULL UNIQUE,
    issuer          text NOT NULL,
    kind            text NOT NULL,
    promulgated_on  date NOT NULL,
    effective_on    date NOT NULL,
    summary         text,
    entered_at      timestamptz NOT NULL,
    entered_by      text NOT NULL
);
CREATE INDEX regulation_entered ON regulation (entered_at);

-- 法制员例会 (T1).
CREATE TABLE meeting (
    id          text PRIMARY KEY,
    month       text NOT NULL,
    held_on     date NOT NULL,
    place       text NOT NULL,
    state       text NOT NULL,
    agenda      jsonb NOT NULL,
    created_by  text NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_by  text NOT NULL,
    updated_at  timestamptz NOT NULL,
    held_at     timestamptz,
    held_by     text
);

-- Expected attendees (the legal officers on the day) and whether they came.
CREATE TABLE meeting_attendance (
    meeting_id text NOT NULL REFERENCES meeting (id),
    officer_id text NOT NULL,
    unit_id    text,
    present    boolean NOT NULL,
    reason     text,
    PRIMARY KEY (meeting_id, officer_id)
);

-- 以会代训: a unit's legal officer relayed the meeting to his unit.
CREATE TABLE meeting_relay (
    meeting_id   text NOT NULL REFERENCES meeting (id),
    unit_id      text NOT NULL,
    officer_id   text NOT NULL,
    held_on      date NOT NULL,
    attendee_ids text[] NOT NULL,
    recorded_at  timestamptz NOT NULL,
    PRIMARY KEY (meeting_id, unit_id)
);

-- 十佳十差 (T2).
CREATE TABLE selection (
    id           text PRIMARY KEY,
    period       text NOT NULL UNIQUE,
    period_start date NOT NULL,
    period_end   date NOT NULL,
    size         int  NOT NULL,
    state        text NOT NULL,
    best         text[] NOT NULL,
    worst        text[] NOT NULL,
    panel_ids    text[] NOT NULL,
    notes        text,
    confirmed    jsonb,
    created_by   text NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_by   text NOT NULL,
    updated_at   timestamptz NOT NULL,
    confirmed_by text,
    confirmed_at timestamptz
);

-- 后进民警 nominations (T3): derived from the streams by rule, one per officer, reason and period (the id is a
-- name-based UUID of the three). Kept across rebuilds: a replay finds the nomination and publishes nothing again.
CREATE TABLE nomination (
    id            text PRIMARY KEY,
    officer_id    text NOT NULL,
    unit_id       text NOT NULL,
    reason        text NOT NULL,
    period        text NOT NULL,
    period_start  date NOT NULL,
    period_end    date NOT NULL,
    case_file_ids text[] NOT NULL,
    problem_files int  NOT NULL,
    nominated_at  timestamptz NOT NULL,
    excused       boolean NOT NULL DEFAULT false,
    excuse_reason text,
    excused_by    text,
    excused_at    timestamptz
);
CREATE INDEX nomination_officer ON nomination (officer_id);

-- 后进民警培训班 and its trainees (T3).
CREATE TABLE training_class (
    id         text PRIMARY KEY,
    title      text NOT NULL,
    starts_on  date NOT NULL,
    ends_on    date NOT NULL,
    created_by text NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE TABLE trainee (
    class_id   text NOT NULL REFERENCES training_class (id),
    officer_id text NOT NULL,
    unit_id    text NOT NULL,
    PRIMARY KEY (class_id, officer_id)
);

-- What the trainee wrote on his 自查表, per finding (the rows themselves are built from the projection).
CREATE TABLE self_check_entry (
    class_id      text NOT NULL,
    officer_id    text NOT NULL,
    case_file_id  text NOT NULL,
    finding_id    text NOT NULL,
    self_check    text,
    understanding text,
    updated_at    timestamptz NOT NULL,
    PRIMARY KEY (class_id, officer_id, case_file_id, finding_id),
    FOREIGN KEY (class_id, officer_id) REFERENCES trainee (class_id, officer_id)
);

-- 模拟案件考试 attempts.
CREATE TABLE exam_attempt (
    class_id    text NOT NULL,
    officer_id  text NOT NULL,
    attempt     int  NOT NULL,
    held_on     date NOT NULL,
    score       numeric(5, 1) NOT NULL,
    outcome     text NOT NULL,
    recorded_by text NOT NULL,
    recorded_at timestamptz NOT NULL,
    PRIMARY KEY (class_id, officer_id, attempt),
    FOREIGN KEY (class_id, officer_id) REFERENCES trainee (class_id, officer_id)
);

-- 轮训 records (T4).
CREATE TABLE rotation_record (
    id          text PRIMARY KEY,
    officer_id  text NOT NULL,
    unit_id     text NOT NULL,
    course      text NOT NULL,
    starts_on   date NOT NULL,
    ends_on     date NOT NULL,
    days        numeric(5, 1) NOT NULL,
    source      text NOT NULL,
    recorded_by text NOT NULL,
    recorded_at timestamptz NOT NULL
);
CREATE INDEX rotation_record_officer ON rotation_record (officer_id, starts_on);
