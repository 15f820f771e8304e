-- Text messages (issue #17): the SMS channel of the outbox. A text is rendered and written here in the
-- transaction of the step that causes it; the sending job claims due rows (FOR UPDATE SKIP LOCKED),
-- submits them over SMPP and marks them SENT, schedules a retry, or gives up (FAILED). KEPT: no SMPP
-- provider configured, shown to administrators. event_key makes one text per event: a second
-- enqueue of the same event is ignored. reference is the concatenation reference of a long text,
-- kept on every attempt, like a mail's Message-ID.
create sequence sms_outbox_seq start with 50 increment by 50;
create table sms_outbox (
  id               bigint        primary key,
  event_key        varchar(200)  not null unique,
  reference        integer       not null,
  phone            varchar(16)   not null,
  template         varchar(64)   not null,
  language         varchar(8)    not null,
  body             varchar(2000) not null,
  status           varchar(16)   not null,
  attempts         integer       default 0 not null,
  parts            integer,
  next_attempt_at  timestamp with time zone not null,
  last_error       varchar(1000),
  created_at       timestamp with time zone not null,
  sent_at          timestamp with time zone,
  claimed_by       varchar(100),
  claimed_until    timestamp with time zone,
  petition_id      bigint,
  provider_ids     varchar(1000),
  delivery_status  varchar(16),
  delivered_at     timestamp with time zone,
  constraint sms_outbox_status check (status in ('QUEUED', 'SENDING', 'SENT', 'FAILED', 'KEPT'))
);
create index sms_outbox_due on sms_outbox (status, next_attempt_at);
create index sms_outbox_phone on sms_outbox (phone);
create index sms_outbox_petition on sms_outbox (petition_id);
create index sms_outbox_created on sms_outbox (created_at);

-- the sender's choice at filing: texts to this mobile number (E.164), or none
alter table petition add column sender_texts boolean default false not null;
alter table petition add column sender_mobile varchar(16);
