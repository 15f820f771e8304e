-- Imports of published answers from an old portal (issue 13): one row per uploaded file, its
-- progress and resume point; one row per refused or held-back line, for the per-row report; and the
-- legacy id of every imported answer, which makes a re-import of the same rows change nothing.
create sequence answer_import_seq start with 1 increment by 1;
create table answer_import (
  id          bigint        primary key,
  state       varchar(16)   not null,
  format      varchar(8)    not null,
  file_name   varchar(300)  not null,
  file_path   varchar(1000) not null,
  created_at  timestamp with time zone not null,
  created_by  varchar(64)   not null,
  finished_at timestamp with time zone,
  bytes_done  bigint        not null,
  lines_done  bigint        not null,
  processed   bigint        not null,
  imported    bigint        not null,
  unchanged   bigint        not null,
  held_back   bigint        not null,
  failed      bigint        not null,
  problem     varchar(2000),
  constraint answer_import_state check (state in ('QUEUED', 'RUNNING', 'DONE', 'FAILED'))
);

create table answer_import_row (
  import_id  bigint        not null references answer_import (id),
  line       bigint        not null,
  legacy_id  varchar(100),
  outcome    varchar(16)   not null,
  message    varchar(2000) not null,
  content    varchar(60000),
  primary key (import_id, line),
  constraint answer_import_row_outcome check (outcome in ('FAILED', 'HELD_BACK'))
);

create table imported_answer (
  legacy_id  varchar(100)  primary key,
  answer_id  bigint        not null references public_answer (id),
  import_id  bigint        not null references answer_import (id),
  source_url varchar(2000),
  content_hash varchar(64) not null
);
