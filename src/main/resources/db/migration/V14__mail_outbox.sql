-- The outbox: every email is written with the change that causes it (status PENDING) and sent by a worker that
-- retries with backoff (see mail.MailDelivery). Emails written before this were handled when they were written
-- (sent or only kept), so they start as SENT and are never sent again.
alter table outgoing_mail add column status varchar(10) default 'SENT' not null;
alter table outgoing_mail add column attempts integer default 0 not null;
alter table outgoing_mail add column next_attempt_at timestamp with time zone;
alter table outgoing_mail add column last_error varchar(1000);
alter table outgoing_mail add column sent_at timestamp with time zone;
alter table outgoing_mail add column reference varchar(200);
alter table outgoing_mail add constraint outgoing_mail_status_check check (status in ('PENDING', 'SENT', 'FAILED'));
alter table outgoing_mail add constraint outgoing_mail_reference_unique unique (reference);
update outgoing_mail set sent_at = created_at;
alter table outgoing_mail drop column delivered;
create index outgoing_mail_due_idx on outgoing_mail (status, next_attempt_at);
