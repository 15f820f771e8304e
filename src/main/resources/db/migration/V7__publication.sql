-- Published answers (issue #6, Decree 20/2008/NĐ-CP Art. 19): the public, redacted copy of a question
-- and its answer. Only redacted text is stored here; the original stays on the petition. The sender's
-- name only with their explicit opt-in (petition.publish_name). One public copy per petition; a copy
-- without a petition is a consolidated or imported answer.
create sequence public_answer_seq start with 1000 increment by 50;
create table public_answer (
  id               bigint        primary key,
  version          bigint        not null,
  petition_id      bigint        unique references petition (id),
  agency_id        bigint        not null references agency (id),
  field_code       varchar(32)   not null references field (code),
  kind             varchar(24)   not null,
  title            varchar(300)  not null,
  question         varchar(20000) not null,
  answer           varchar(20000) not null,
  sender_name      varchar(200),
  published        boolean       not null,
  published_at     timestamp with time zone not null,
  published_by     varchar(64)   not null,
  withdrawn_at     timestamp with time zone,
  withdrawn_by     varchar(64),
  withdrawal_reason varchar(2000)
);
create index public_answer_published on public_answer (published, id);

-- Other petitions a consolidated answer also answers.
create table public_answer_petition (
  answer_id   bigint not null references public_answer (id),
  petition_id bigint not null references petition (id),
  primary key (answer_id, petition_id)
);

-- The publication sequence: one row per publish, change or withdrawal, numbered without gaps in
-- commit order (the counter row is locked by each change until its transaction ends), so a search
-- node that has applied change N has applied every change before it. Also the audit trail.
create table publication_counter (
  id       integer primary key,
  last_seq bigint  not null
);
insert into publication_counter (id, last_seq) values (1, 0);

create table publication_change (
  seq        bigint       primary key,
  answer_id  bigint       not null references public_answer (id),
  change     varchar(16)  not null,
  changed_at timestamp with time zone not null,
  changed_by varchar(64)  not null,
  reason     varchar(2000),
  constraint publication_change_kind check (change in ('PUBLISHED', 'WITHDRAWN'))
);
create index publication_change_answer on publication_change (answer_id, seq);
