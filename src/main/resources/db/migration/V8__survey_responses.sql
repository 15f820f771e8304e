-- Survey responses (issue 7): single-use tokens per served case, kiosks, responses with their
-- answers, quarantined kiosk entries, daily roll-ups for scores, entered PAR points.

-- Kiosks at service desks. The secret is the key of the HMAC that binds each response to the kiosk;
-- it is shown once when the kiosk is registered and never served again.
create sequence kiosk_seq start with 50 increment by 50;
create table kiosk (
  id          bigint        primary key,
  code        varchar(40)   not null unique,
  agency_id   bigint        not null references agency (id),
  desk        varchar(100)  not null,
  survey_id   varchar(64)   not null,
  secret      varchar(64)   not null,
  active      boolean       not null,
  created_at  timestamp with time zone not null,
  created_by  varchar(64)   not null
);

-- One token per served case: a petition (issued when it is answered) or a desk file (keyed in by
-- its receipt number). Only the SHA-256 of the token is kept. used_at is set once, in the
-- transaction that stores the response; nothing links a token to the response it gave.
create table survey_token (
  token_hash      varchar(64)   primary key,
  case_kind       varchar(16)   not null,
  survey_id       varchar(64)   not null,
  petition_id     bigint        unique,
  receipt_number  varchar(64),
  agency_id       bigint        not null references agency (id),
  desk            varchar(100)  not null,
  procedure_code  varchar(64)   not null,
  officer_id      bigint,
  issued_at       timestamp with time zone not null,
  expires_at      timestamp with time zone not null,
  used_at         timestamp with time zone,
  constraint survey_token_kind check (case_kind in ('PETITION', 'DESK_FILE')),
  constraint survey_token_receipt unique (agency_id, receipt_number)
);

-- Responses: official when they came with a valid served-case token, unofficial (kiosk without a
-- token) otherwise; the two are never mixed in scores. A kiosk's entries carry the device's id
-- (client_id), so an entry sent twice is stored once.
create sequence survey_response_seq start with 50 increment by 50;
create table survey_response (
  id                 bigint        primary key,
  survey_id          varchar(64)   not null,
  survey_version     integer       not null,
  official           boolean       not null,
  channel            varchar(16)   not null,
  kiosk_id           bigint        references kiosk (id),
  client_id          varchar(64),
  agency_id          bigint        not null,
  desk               varchar(100)  not null,
  procedure_code     varchar(64)   not null,
  officer_id         bigint,
  petition_id        bigint,
  answered_on        date          not null,
  answered_at        timestamp with time zone not null,
  received_at        timestamp with time zone not null,
  desk_points        integer,
  marks_unsatisfied  boolean       not null,
  comment_text       varchar(4000),
  constraint survey_response_channel check (channel in ('LINK', 'KIOSK')),
  constraint survey_response_client unique (kiosk_id, client_id)
);
create index survey_response_received on survey_response (received_at);
create index survey_response_day on survey_response (answered_on);
create index survey_response_kiosk_time on survey_response (kiosk_id, answered_at);
create index survey_response_petition on survey_response (petition_id);

create table survey_answer (
  response_id   bigint       not null references survey_response (id),
  question_id   varchar(64)  not null,
  answer_value  integer      not null,
  primary key (response_id, question_id)
);

-- Kiosk entries refused but kept, with the reason: bad signature, too soon after the previous one,
-- clock out of range, unreadable. Never counted.
create sequence survey_quarantine_seq start with 50 increment by 50;
create table survey_quarantine (
  id           bigint        primary key,
  kiosk_id     bigint        references kiosk (id),
  client_id    varchar(64),
  reason       varchar(32)   not null,
  detail       varchar(500),
  payload      varchar(20000) not null,
  received_at  timestamp with time zone not null
);
create index survey_quarantine_kiosk on survey_quarantine (kiosk_id, received_at);

-- Daily roll-ups, recomputed per day by a timer and on demand; scores read only these.
create table survey_response_daily (
  on_day          date          not null,
  survey_id       varchar(64)   not null,
  survey_version  integer       not null,
  official        boolean       not null,
  agency_id       bigint        not null,
  desk            varchar(100)  not null,
  procedure_code  varchar(64)   not null,
  officer_id      bigint,
  desk_points     integer,
  responses       bigint        not null
);
create index survey_response_daily_agency on survey_response_daily (agency_id, on_day);
create index survey_response_daily_day on survey_response_daily (on_day);

create table survey_answer_daily (
  on_day          date          not null,
  survey_id       varchar(64)   not null,
  survey_version  integer       not null,
  agency_id       bigint        not null,
  desk            varchar(100)  not null,
  procedure_code  varchar(64)   not null,
  officer_id      bigint,
  question_id     varchar(64)   not null,
  answer_value    integer       not null,
  answers         bigint        not null
);
create index survey_answer_daily_agency on survey_answer_daily (agency_id, on_day);
create index survey_answer_daily_day on survey_answer_daily (on_day);

-- The same per agency and month (first day of the month), summed from the daily roll-ups: scores per
-- agency (every period is whole months: a year, a quarter, a month) read a few rows per month.
create table survey_agency_response_monthly (
  on_month        date          not null,
  survey_id       varchar(64)   not null,
  survey_version  integer       not null,
  official        boolean       not null,
  agency_id       bigint        not null,
  desk_points     integer,
  responses       bigint        not null
);
create index survey_agency_response_monthly_agency on survey_agency_response_monthly (agency_id, on_month);
create index survey_agency_response_monthly_month on survey_agency_response_monthly (on_month);

create table survey_agency_answer_monthly (
  on_month        date          not null,
  survey_id       varchar(64)   not null,
  survey_version  integer       not null,
  agency_id       bigint        not null,
  question_id     varchar(64)   not null,
  answer_value    integer       not null,
  answers         bigint        not null
);
create index survey_agency_answer_monthly_agency on survey_agency_answer_monthly (agency_id, on_month);
create index survey_agency_answer_monthly_month on survey_agency_answer_monthly (on_month);

-- How far the roll-ups have read (received_at of responses), one row.
create table survey_rollup_state (
  id            integer      primary key,
  refreshed_to  timestamp with time zone not null,
  refreshed_at  timestamp with time zone not null
);
insert into survey_rollup_state (id, refreshed_to, refreshed_at)
  values (1, timestamp with time zone '2000-01-01 00:00:00+00', timestamp with time zone '2000-01-01 00:00:00+00');

-- PAR points entered or imported by the reform officer, per agency, period and scheme item.
create sequence par_entry_seq start with 50 increment by 50;
create table par_entry (
  id            bigint        primary key,
  agency_id     bigint        not null references agency (id),
  period        varchar(8)    not null,
  item_id       varchar(64)   not null,
  points        decimal(7,2)  not null,
  entered_by    varchar(64)   not null,
  entered_at    timestamp with time zone not null,
  constraint par_entry_unique unique (agency_id, period, item_id)
);
