-- The directory of units and officers, kept by cn.kaoping.runtime.directory from the evaluation stream, in the
-- database of every service that prints names (Flyway location classpath:db/kaoping-directory). Emptied and
-- replayed by a rebuild of the service's projection.
CREATE TABLE IF NOT EXISTS unit_directory (
    unit_id text PRIMARY KEY,
    code    text,
    name    text NOT NULL
);

CREATE TABLE IF NOT EXISTS officer_directory (
    officer_id    text PRIMARY KEY,
    police_number text,
    name          text   NOT NULL,
    unit_id       text,
    roles         text[] NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS officer_directory_by_unit ON officer_directory (unit_id);
