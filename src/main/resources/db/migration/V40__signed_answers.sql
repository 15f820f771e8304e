-- Answers issued as signed PDF documents (PAdES). A row is written once and never changed: a new
-- answer after reopening is a new document with a new number.
create sequence signed_answer_seq start with 50 increment by 50;

create table signed_answer (
  id                  bigint        primary key,
  petition_id         bigint        not null references petition (id),
  agency_id           bigint        not null,
  issued_year         integer       not null,
  serial              integer       not null,
  document_number     varchar(64)   not null,
  signer_name         varchar(200)  not null,
  signer_title        varchar(200)  not null,
  certificate_subject varchar(500)  not null,
  signature_level     varchar(32)   not null,
  signed_at           timestamp with time zone not null,
  sha256              varchar(64)   not null,
  size_bytes          bigint        not null,
  pdf                 bytea         not null,
  unique (agency_id, issued_year, serial)
);
create index signed_answer_petition on signed_answer (petition_id, signed_at);
