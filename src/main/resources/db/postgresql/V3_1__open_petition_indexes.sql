-- PostgreSQL only (H2 has no partial indexes): the open petitions of an agency, which is what an
-- inbox shows by default, are a small part of all it holds; these indexes hold just them.
create index petition_open_received on petition (agency_id, received_at desc, id desc)
  where status not in ('REJECTED', 'ANSWERED', 'PUBLISHED', 'CLOSED');
create index petition_open_due on petition (agency_id, due_at, id)
  where status not in ('REJECTED', 'ANSWERED', 'PUBLISHED', 'CLOSED');
