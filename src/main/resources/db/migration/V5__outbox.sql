-- Mail outbox (issue #5): mails are rendered and written here in the transaction of the step that
-- causes them; a sending job on any node claims due rows (FOR UPDATE SKIP LOCKED), sends them and
-- marks them SENT, or schedules a retry, or gives up (FAILED). KEPT: rendered but not to be sent
-- (no SMTP server configured), shown to administrators.
create sequence mail_outbox_seq start with 50 increment by 50;
create table mail_outbox (
  id              bigint        primary key,
  message_id      varchar(300)  not null unique,
  recipient       varchar(254)  not null,
  recipient_name  varchar(200),
  template        varchar(64)   not null,
  language        varchar(8)    not null,
  subject         varchar(1000) not null,
  body_text       varchar(200000) not null,
  body_html       varchar(400000) not null,
  status          varchar(16)   not null,
  attempts        integer       default 0 not null,
  next_attempt_at timestamp with time zone not null,
  last_error      varchar(1000),
  created_at      timestamp with time zone not null,
  sent_at         timestamp with time zone,
  claimed_by      varchar(100),
  claimed_until   timestamp with time zone,
  petition_id     bigint,
  constraint mail_outbox_status check (status in ('QUEUED', 'SENDING', 'SENT', 'FAILED', 'KEPT'))
);
-- what the sending job asks for: due queued rows and expired claims
create index mail_outbox_due on mail_outbox (status, next_attempt_at);
create index mail_outbox_recipient on mail_outbox (recipient);
create index mail_outbox_petition on mail_outbox (petition_id);
create index mail_outbox_created on mail_outbox (created_at);
