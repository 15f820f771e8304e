-- Fields (lĩnh vực) and agencies: reference data for routing.
create table field (
  code      varchar(32)  primary key,
  name_vi   varchar(200) not null,
  name_en   varchar(200) not null,
  position  integer      not null,
  active    boolean      not null default true
);

create table agency (
  id        bigint       primary key,
  code      varchar(32)  not null unique,
  name      varchar(250) not null,
  level     varchar(16)  not null, -- PROVINCE, DEPARTMENT, DISTRICT, COMMUNE
  parent_id bigint       references agency (id)
);

create table agency_field (
  agency_id  bigint      not null references agency (id),
  field_code varchar(32) not null references field (code),
  primary key (agency_id, field_code)
);

-- Petitions (Decree 20/2008/NĐ-CP).
create sequence petition_seq start with 50 increment by 50;
create sequence petition_event_seq start with 50 increment by 50;
create sequence attachment_seq start with 50 increment by 50;

create table petition (
  id                     bigint        primary key,
  version                bigint        not null,
  tracking_code          varchar(32)   not null unique,
  access_key_hash        varchar(64)   not null,
  status                 varchar(24)   not null,
  kind                   varchar(24)   not null,
  sub_kind               varchar(24),
  channel                varchar(16)   not null,
  field_code             varchar(32)   not null references field (code),
  procedure_text         varchar(500),
  procedure_code         varchar(64),
  legal_document         varchar(100),
  title                  varchar(250)  not null,
  content                varchar(20000) not null,
  sender_type            varchar(16)   not null,
  sender_name            varchar(200)  not null,
  sender_address         varchar(500)  not null,
  sender_phone           varchar(32),
  sender_mailing_address varchar(500),
  sender_email           varchar(254),
  sender_tax_code        varchar(14),
  publish_name           boolean       not null,
  language               varchar(8)    not null,
  received_at            timestamp with time zone not null
);
create index petition_status_received on petition (status, received_at);

create table petition_event (
  id          bigint       primary key,
  petition_id bigint       not null references petition (id),
  occurred_at timestamp with time zone not null,
  type        varchar(32)  not null,
  from_status varchar(24),
  to_status   varchar(24)  not null,
  actor       varchar(100),
  public_event boolean     not null,
  note        varchar(2000),
  legal_basis varchar(500)
);
create index petition_event_petition on petition_event (petition_id, occurred_at);

create table petition_attachment (
  id          bigint       primary key,
  petition_id bigint       not null references petition (id),
  position    integer      not null,
  file_name   varchar(200) not null,
  media_type  varchar(100) not null,
  size_bytes  bigint       not null,
  sha256      varchar(64)  not null,
  content     bytea        not null,
  unique (petition_id, position)
);
