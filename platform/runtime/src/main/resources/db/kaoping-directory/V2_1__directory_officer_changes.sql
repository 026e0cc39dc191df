-- People change (issue #13): the directory keeps whether an officer is still in service, and since when not.
-- Names, roles and units are updated in place by the events that change them (OfficerUpdated, OfficerTransferred,
-- UnitRenamed). Emptied and replayed by a rebuild, like the tables of V0_2.
--
-- Why 2.1: this location shares each service's Flyway history with the service's own db/migration, whose versions
-- reach 2 (incentive's V2). A lower version (0.3) would be an "ignored" migration in every database already past
-- V1, and Flyway's validation would stop the service at start. A service's next migration must therefore be V3 or
-- higher (any version above the highest of the platform's locations).
ALTER TABLE officer_directory ADD COLUMN IF NOT EXISTS active boolean NOT NULL DEFAULT true;
ALTER TABLE officer_directory ADD COLUMN IF NOT EXISTS deactivated_on date;
