-- PostgreSQL only (H2 has no partial indexes): the open clocks, which a calendar or policy change
-- recomputes, are a small part of all clocks; the sweep reads only clocks with a next alert.
create index stage_clock_open on stage_clock (id) where finished_at is null;
drop index stage_clock_next_alert;
create index stage_clock_next_alert on stage_clock (next_alert_at) where next_alert_at is not null;
