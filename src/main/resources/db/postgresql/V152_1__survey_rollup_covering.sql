-- PostgreSQL only (H2 has no INCLUDE): the roll-ups' keys carry their counts, so a score query
-- sums an index range without visiting the table (index-only scans).
alter table survey_rollup_response drop constraint survey_rollup_response_pkey;
alter table survey_rollup_response add constraint survey_rollup_response_pkey
  primary key (agency_id, grouping_level, on_month, group_key, survey_id, survey_version, official,
               desk_points) include (responses);
alter table survey_rollup_answer drop constraint survey_rollup_answer_pkey;
alter table survey_rollup_answer add constraint survey_rollup_answer_pkey
  primary key (agency_id, grouping_level, on_month, group_key, survey_id, survey_version,
               question_id, answer_value) include (answers);
