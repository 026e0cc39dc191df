-- A deadline whose command keeps failing is parked after kaoping.deadlines.max-attempts attempts (with its last error)
-- instead of being retried forever; an ADMIN lists the parked ones and retries them.
alter table deadline drop constraint deadline_state_check;
alter table deadline add constraint deadline_state_check
    check (state in ('OPEN', 'FIRED', 'CANCELLED', 'PARKED'));
alter table deadline add column parked_at timestamptz;
create index deadline_parked on deadline (parked_at) where state = 'PARKED';
