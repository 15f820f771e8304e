-- PostgreSQL only. PUBLISHED was never a petition status (publication is the state of the public
-- copy), so the partial indexes of open petitions are rebuilt with the predicate the inbox writes
-- (PetitionStatus.FINAL), which PostgreSQL must match to use them.
drop index petition_open_received;
drop index petition_open_due;
create index petition_open_received on petition (agency_id, received_at desc, id desc)
  where status not in ('REJECTED', 'ANSWERED', 'CLOSED');
create index petition_open_due on petition (agency_id, due_at, id)
  where status not in ('REJECTED', 'ANSWERED', 'CLOSED');
