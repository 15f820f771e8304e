-- Proof of work on the public forms (issue #14). The HMAC key that signs the challenges is generated
-- by the first node that needs one and shared by all nodes (unless pakn.public.proofOfWork.hmacKey
-- is configured). A solved challenge is spent once: its signature is kept until the challenge
-- expires, so the same solution is refused on every node.
create table proof_of_work_key (
  id          integer       primary key,
  hmac_key    varchar(128)  not null,
  created_at  timestamp with time zone not null
);
create table spent_challenge (
  signature   varchar(128)  primary key,
  expires_at  timestamp with time zone not null
);
create index spent_challenge_expiry on spent_challenge (expires_at);
