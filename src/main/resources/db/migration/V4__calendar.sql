-- Official yearly calendar data (issue #4): the Tết span fixed by the Prime Minister, the second day of
-- National Day, extra days off, working weekend days and provincial days off, each with a name and a
-- legal reference. A year's data is replaced as a whole; every change is kept as a revision (who, when,
-- how, and the year's data after it, as CSV) so the calendar's history can be audited.
-- (YEAR and DAY are keywords in H2, hence cal_year and entry_date.)
create table calendar_year (
  cal_year   integer      primary key,
  revision   integer      not null,
  updated_by varchar(64)  not null,
  updated_at timestamp with time zone not null
);

create table calendar_entry (
  cal_year        integer      not null references calendar_year (cal_year),
  entry_date      date         not null,
  type            varchar(24)  not null,
  name            varchar(200) not null,
  legal_reference varchar(300) not null
);
create index calendar_entry_year on calendar_entry (cal_year);

create sequence calendar_revision_seq start with 50 increment by 50;
create table calendar_revision (
  id         bigint       primary key,
  cal_year   integer      not null,
  revision   integer      not null,
  changed_by varchar(64)  not null,
  changed_at timestamp with time zone not null,
  source     varchar(16)  not null,
  entries    varchar(1000000) not null,
  unique (cal_year, revision)
);
