-- Deadline policies and stage clocks (issue #4, items 4-6).
--
-- A policy is the number of working days a stage of a petition of a kind may take, with its legal basis
-- and the date it takes effect. Versions are only ever added: a clock keeps the version in force on the
-- day its stage started. kind 'ALL' applies to every petition kind that has no policy of its own.
create sequence deadline_policy_seq start with 100 increment by 50;
create table deadline_policy (
  id             bigint       primary key,
  stage          varchar(16)  not null,
  kind           varchar(24)  not null,
  working_days   integer      not null,
  legal_basis    varchar(500) not null,
  effective_from date         not null,
  created_by     varchar(64)  not null,
  created_at     timestamp with time zone not null,
  unique (stage, kind, effective_from)
);

-- The defaults: the law's values where it gives one, the rest marked as to be confirmed (domain brief §2).
insert into deadline_policy (id, stage, kind, working_days, legal_basis, effective_from, created_by, created_at) values
  (1, 'REGISTRATION', 'ALL', 1,
   'Nghị định 20/2008/NĐ-CP, Điều 9: tiếp nhận, vào sổ (số ngày theo quy chế của tỉnh, cần xác nhận)',
   date '1900-01-01', 'system', timestamp with time zone '2026-01-01 00:00:00+07:00'),
  (2, 'CLASSIFICATION', 'ALL', 5,
   'Nghị định 20/2008/NĐ-CP, Điều 9: nghiên cứu, phân loại, quyết định tiếp nhận trong 5 ngày làm việc',
   date '1900-01-01', 'system', timestamp with time zone '2026-01-01 00:00:00+07:00'),
  (3, 'TRANSFER', 'ALL', 5,
   'Nghị định 20/2008/NĐ-CP, Điều 9: chuyển phản ánh, kiến nghị không thuộc thẩm quyền trong 5 ngày làm việc',
   date '1900-01-01', 'system', timestamp with time zone '2026-01-01 00:00:00+07:00'),
  (4, 'ANSWER', 'ALL', 10,
   'Quy định của tỉnh: trả lời trong 10 ngày làm việc (chỉ thị năm 2025 nêu 15 ngày, cần xác nhận)',
   date '1900-01-01', 'system', timestamp with time zone '2026-01-01 00:00:00+07:00'),
  (5, 'APPROVAL', 'ALL', 2,
   'Quy chế làm việc của cơ quan: lãnh đạo duyệt dự thảo trả lời (số ngày cần xác nhận)',
   date '1900-01-01', 'system', timestamp with time zone '2026-01-01 00:00:00+07:00');

-- One clock per stage of a petition and per agency of its transfer chain. due_at and the alert
-- thresholds are computed by the working calendar from started_at and working_days + extension_days +
-- paused_days; a calendar or policy change recomputes them (audited in stage_clock_change).
-- alert_level: 0 none, 1 half the time used, 2 80 %, 3 the last day has begun, 4 overdue. next_alert_at
-- is the next threshold to cross, null when the clock is finished, paused or overdue: the sweep reads
-- only that column.
create sequence stage_clock_seq start with 50 increment by 50;
create table stage_clock (
  id             bigint      primary key,
  petition_id    bigint      not null references petition (id),
  stage          varchar(16) not null,
  agency_id      bigint,
  hop_position   integer,
  policy_id      bigint      not null references deadline_policy (id),
  working_days   integer     not null,
  extension_days integer     default 0 not null,
  paused_days    integer     default 0 not null,
  started_at     timestamp with time zone not null,
  half_at        timestamp with time zone not null,
  eighty_at      timestamp with time zone not null,
  last_day_at    timestamp with time zone not null,
  due_at         timestamp with time zone not null,
  paused_at      timestamp with time zone,
  pause_reason   varchar(2000),
  finished_at    timestamp with time zone,
  alert_level    integer     default 0 not null,
  next_alert_at  timestamp with time zone
);
create index stage_clock_petition on stage_clock (petition_id);
create index stage_clock_next_alert on stage_clock (next_alert_at);

create sequence stage_clock_pause_seq start with 50 increment by 50;
create table stage_clock_pause (
  id           bigint        primary key,
  clock_id     bigint        not null references stage_clock (id),
  paused_at    timestamp with time zone not null,
  resumed_at   timestamp with time zone,
  reason       varchar(2000) not null,
  working_days integer
);
create index stage_clock_pause_clock on stage_clock_pause (clock_id);

-- Every change of a running clock's due: extensions (with reason and approver), resumptions, and
-- recomputations after a calendar or policy change (with the cause).
create sequence stage_clock_change_seq start with 50 increment by 50;
create table stage_clock_change (
  id         bigint        primary key,
  clock_id   bigint        not null references stage_clock (id),
  changed_at timestamp with time zone not null,
  cause      varchar(24)   not null,
  old_due    timestamp with time zone not null,
  new_due    timestamp with time zone not null,
  note       varchar(2000),
  actor      varchar(64)
);
create index stage_clock_change_clock on stage_clock_change (clock_id);
