-- Review of the rows an answer import held back (issue 13): an administrator publishes the
-- redacted copy or discards the row; the row stays as the record of who decided what and when, its
-- text (personal data) is cleared.
alter table answer_import_row drop constraint answer_import_row_outcome;
alter table answer_import_row add constraint answer_import_row_outcome
  check (outcome in ('FAILED', 'HELD_BACK', 'PUBLISHED', 'DISCARDED'));
alter table answer_import_row add column reviewed_by varchar(64);
alter table answer_import_row add column reviewed_at timestamp with time zone;
alter table answer_import_row add column answer_id bigint;
alter table answer_import add column discarded bigint default 0 not null;
