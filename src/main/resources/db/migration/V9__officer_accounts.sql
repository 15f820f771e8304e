-- Officer accounts created by an administrator (issue: notifications, "officer account created"):
-- the new officer has no password until they set one through a single-use, expiring link sent by
-- mail. Only the SHA-256 of the link's secret is stored. A new link revokes the unused ones.
alter table officer alter column password_hash drop not null;
alter table officer add column created_by bigint references officer (id);

create table officer_activation (
  token_hash varchar(64) primary key,
  officer_id bigint      not null references officer (id),
  created_by bigint      references officer (id),
  created_at timestamp with time zone not null,
  expires_at timestamp with time zone not null,
  used_at    timestamp with time zone,
  revoked_at timestamp with time zone
);
create index officer_activation_officer on officer_activation (officer_id);
