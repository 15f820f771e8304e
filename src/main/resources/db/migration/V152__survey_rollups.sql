-- Score roll-ups per grouping level and month (issue 15): one row per month, grouping level
-- (agency, desk, service, officer), group, survey version, official or not and desk points, and per
-- official answer value. Every period a score page offers is whole months, so an agency-year grouped
-- by service sums a few thousand rows whatever the number of responses. They replace the daily
-- roll-ups, which grouped by every column at once and hardly compressed the responses.
drop table survey_response_daily;
drop table survey_answer_daily;
drop table survey_agency_response_monthly;
drop table survey_agency_answer_monthly;

-- The grouping levels a score can be asked for; the roll-ups are computed for each.
create table survey_grouping_level (
  grouping_level  varchar(8)  primary key
);
insert into survey_grouping_level (grouping_level) values ('AGENCY'), ('DESK'), ('SERVICE'), ('OFFICER');

-- group_key: '' at agency level, the desk, the procedure code, or the officer's id ('' for none);
-- desk_points -1 when the response has none (and for unofficial responses, never scored).
create table survey_rollup_response (
  agency_id       bigint        not null,
  grouping_level  varchar(8)    not null,
  on_month        date          not null,
  group_key       varchar(100)  not null,
  survey_id       varchar(64)   not null,
  survey_version  integer       not null,
  official        boolean       not null,
  desk_points     integer       not null,
  responses       bigint        not null,
  primary key (agency_id, grouping_level, on_month, group_key, survey_id, survey_version, official,
               desk_points)
);
create index survey_rollup_response_month on survey_rollup_response (grouping_level, on_month);

-- Official answers only (unofficial responses are counted, never scored).
create table survey_rollup_answer (
  agency_id       bigint        not null,
  grouping_level  varchar(8)    not null,
  on_month        date          not null,
  group_key       varchar(100)  not null,
  survey_id       varchar(64)   not null,
  survey_version  integer       not null,
  question_id     varchar(64)   not null,
  answer_value    integer       not null,
  answers         bigint        not null,
  primary key (agency_id, grouping_level, on_month, group_key, survey_id, survey_version,
               question_id, answer_value)
);
create index survey_rollup_answer_month on survey_rollup_answer (grouping_level, on_month);

-- Responses not yet added to the roll-ups: a row is written in the transaction that stores the
-- response (an outbox), and deleted in the transaction that adds it (claimed first, so that rows
-- committed meanwhile wait for the next round).
create table survey_rollup_pending (
  response_id  bigint   primary key,
  claimed      boolean  not null
);

-- The roll-ups start empty: the first run of the follower recomputes them all.
alter table survey_rollup_state add column recompute_due boolean default true not null;
update survey_rollup_state set recompute_due = true;
