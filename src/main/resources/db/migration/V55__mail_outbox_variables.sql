-- Mail outbox (issue 15): a mail is enqueued as its template's variables (a JSON object of strings,
-- checked and normalised when enqueued) and rendered by the sending job, not in the step's
-- transaction. Rows rendered when enqueued (before this version) keep their subject and bodies and
-- are sent as they are; new rows have no subject or bodies.
alter table mail_outbox add column variables varchar(200000);
alter table mail_outbox alter column subject drop not null;
alter table mail_outbox alter column body_text drop not null;
alter table mail_outbox alter column body_html drop not null;
