-- publicity-service (示). Two kinds of tables:
--   * the projection of the evaluation stream (cleared and replayed by a rebuild; consumer_offset is the
--     runner's own table and is NOT created here);
--   * what the brigade published (list versions, bulletins, commentaries) and the outbox: never touched
--     by a rebuild.

-- ---------------------------------------------------------------- projection of kaoping.evaluation.events.v1

-- unit_directory and officer_directory are the platform's directory (classpath:db/kaoping-directory).

CREATE TABLE rulebook_version (
    version_id             text PRIMARY KEY,
    name                   text,
    effective_from         date    NOT NULL,
    red_card_average_above numeric,
    red_card_minimum_files int
);

CREATE TABLE rulebook_item (
    version_id text NOT NULL,
    code       text NOT NULL,
    dimension  text,
    item_text  text NOT NULL,
    PRIMARY KEY (version_id, code)
);

-- One row per case file: its evaluation month and its current deduction. Every list is derived from these
-- rows, so applying an event twice (a redelivery) cannot count a file twice.
CREATE TABLE case_file (
    case_file_id          text PRIMARY KEY,
    case_number           text,
    kind                  text,
    unit_id               text,
    primary_officer_id    text,
    co_handler_ids        text[]  NOT NULL DEFAULT '{}',
    closed_on             date,
    rulebook_version      text,
    evaluation_month      text,             -- 'YYYY-MM', set once the file counts in a month; never moves
    total_deduction       numeric,          -- null until the file counts
    score                 numeric,
    grade                 text,
    classification        text,
    card_round            int,
    process_penalties     text    NOT NULL DEFAULT '',  -- comma-separated ProcessPenaltyCode names
    overdue_submission    boolean NOT NULL DEFAULT false,
    overdue_rectification boolean NOT NULL DEFAULT false,
    closed                boolean NOT NULL DEFAULT false,
    result_at             timestamptz,      -- occurredAt of the event that set total_deduction
    last_event_id         text,
    last_event_type       text
);
CREATE INDEX case_file_by_month ON case_file (evaluation_month) WHERE evaluation_month IS NOT NULL;

-- The findings of the file's current card (replaced by each new card).
CREATE TABLE case_file_finding (
    case_file_id     text    NOT NULL,
    finding_id       text    NOT NULL,
    item_code        text    NOT NULL,
    dimension        text,
    points           numeric NOT NULL,
    counted_points   numeric NOT NULL,
    finding_class    text,
    veto             boolean NOT NULL DEFAULT false,
    withdrawn        boolean NOT NULL DEFAULT false,
    rulebook_version text,
    PRIMARY KEY (case_file_id, finding_id)
);

-- Every envelope id applied: a redelivered event is recognised and skipped.
-- applied_event (the envelope ids applied) is a platform table: classpath:db/kaoping-platform.

-- ---------------------------------------------------------------- published data (immutable once written)

CREATE FUNCTION refuse_change_of_published() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'published data of % is immutable', TG_TABLE_NAME USING ERRCODE = 'P0001';
END $$;

CREATE TABLE monthly_list_counter (
    month        text PRIMARY KEY,
    last_version int NOT NULL
);

CREATE TABLE monthly_list_version (
    month                  text        NOT NULL,
    version                int         NOT NULL,
    published_at           timestamptz NOT NULL,
    published_by           text        NOT NULL,
    red_card_average_above numeric     NOT NULL,
    red_card_minimum_files int         NOT NULL,
    red_card_rule_source   text        NOT NULL,
    PRIMARY KEY (month, version)
);

CREATE TABLE monthly_list_officer (
    month             text    NOT NULL,
    version           int     NOT NULL,
    officer_id        text    NOT NULL,
    police_number     text,
    officer_name      text    NOT NULL,
    unit_id           text,
    unit_name         text,
    files_evaluated   int     NOT NULL,
    total_deduction   numeric NOT NULL,
    average_deduction numeric NOT NULL,
    problem_files     int     NOT NULL,
    red_card          boolean NOT NULL,
    PRIMARY KEY (month, version, officer_id),
    FOREIGN KEY (month, version) REFERENCES monthly_list_version (month, version)
);

CREATE TABLE monthly_list_unit (
    month              text    NOT NULL,
    version            int     NOT NULL,
    unit_id            text    NOT NULL,
    unit_code          text,
    unit_name          text    NOT NULL,
    files_evaluated    int     NOT NULL,
    total_deduction    numeric NOT NULL,
    average_deduction  numeric NOT NULL,
    problem_files      int     NOT NULL,
    problem_file_share numeric NOT NULL,
    red_card_officers  int     NOT NULL,
    PRIMARY KEY (month, version, unit_id),
    FOREIGN KEY (month, version) REFERENCES monthly_list_version (month, version)
);

CREATE TABLE monthly_list_problem_file (
    month           text    NOT NULL,
    version         int     NOT NULL,
    officer_id      text    NOT NULL,
    case_file_id    text    NOT NULL,
    case_number     text,
    unit_id         text,
    total_deduction numeric NOT NULL,
    classification  text,
    PRIMARY KEY (month, version, officer_id, case_file_id),
    FOREIGN KEY (month, version) REFERENCES monthly_list_version (month, version)
);

CREATE TRIGGER monthly_list_version_immutable BEFORE UPDATE OR DELETE ON monthly_list_version
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_published();
CREATE TRIGGER monthly_list_officer_immutable BEFORE UPDATE OR DELETE ON monthly_list_officer
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_published();
CREATE TRIGGER monthly_list_unit_immutable BEFORE UPDATE OR DELETE ON monthly_list_unit
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_published();
CREATE TRIGGER monthly_list_problem_file_immutable BEFORE UPDATE OR DELETE ON monthly_list_problem_file
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_published();

CREATE TABLE bulletin_issue_counter (
    year        int PRIMARY KEY,
    last_number int NOT NULL
);

CREATE TABLE bulletin (
    bulletin_id  text PRIMARY KEY,
    month        text        NOT NULL,
    title        text        NOT NULL,
    body         text        NOT NULL,
    units_json   text        NOT NULL,   -- the data the draft was built from (units, problems by item)
    state        text        NOT NULL CHECK (state IN ('DRAFT', 'PUBLISHED')),
    year         int,
    issue_number int,
    created_by   text        NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    published_by text,
    published_at timestamptz,
    UNIQUE (year, issue_number),
    CHECK ((state = 'PUBLISHED') = (issue_number IS NOT NULL))
);

CREATE TABLE commentary (
    commentary_id text PRIMARY KEY,
    case_file_id  text        NOT NULL,
    month         text,                  -- the file's evaluation month when the commentary was written
    title         text        NOT NULL,
    body          text        NOT NULL,
    state         text        NOT NULL CHECK (state IN ('DRAFT', 'PUBLISHED')),
    created_by    text        NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    published_by  text,
    published_at  timestamptz
);

-- A published bulletin or commentary keeps its text for ever.
CREATE FUNCTION refuse_change_of_published_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.state = 'PUBLISHED' THEN
            RAISE EXCEPTION 'published % is immutable', TG_TABLE_NAME USING ERRCODE = 'P0001';
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.state = 'PUBLISHED' AND (NEW.title IS DISTINCT FROM OLD.title OR NEW.body IS DISTINCT FROM OLD.body
                                    OR NEW.state IS DISTINCT FROM OLD.state) THEN
        RAISE EXCEPTION 'published % is immutable', TG_TABLE_NAME USING ERRCODE = 'P0001';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER bulletin_text_immutable BEFORE UPDATE OR DELETE ON bulletin
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_published_text();
CREATE TRIGGER commentary_text_immutable BEFORE UPDATE OR DELETE ON commentary
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_published_text();

-- ---------------------------------------------------------------- outbox of kaoping.publicity.events.v1

-- The outbox is a platform table (classpath:db/kaoping-platform): written in the transaction that publishes, sent
-- to Kafka by the relay.
