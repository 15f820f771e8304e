-- The dictionary of citizens' words and official terms used by search (issue 13): one row per
-- saved version, never changed afterwards, so the rows are also the audit trail (who, when, why).
-- The version in use is the highest; without any row, the starting set shipped with the
-- application (search/synonyms.txt) is used.
create table search_synonyms (
  version   integer        primary key,
  text      varchar(200000) not null,
  saved_at  timestamp with time zone not null,
  saved_by  varchar(64)    not null,
  reason    varchar(2000)  not null
);
