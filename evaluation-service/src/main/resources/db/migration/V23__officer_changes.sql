-- People change (issue #13): officers are corrected, transferred and deactivated, units renamed. The read model
-- keeps the officer as he now stands (name, roles, current unit) and whether he is still in service; files keep
-- the unit they were registered under in their own tables.
alter table officers add column active boolean not null default true;
alter table officers add column deactivated_on date;
alter table officers add column changed_at timestamptz;
alter table officers add column changed_by varchar(255);

alter table units add column changed_at timestamptz;
alter table units add column changed_by varchar(255);
