-- Files sent with an email (a calendar invitation, say), kept with the email in the outbox.
create table outgoing_mail_attachment (
    id            bigint        not null primary key,
    mail_id       bigint        not null references outgoing_mail (id) on delete cascade,
    name          varchar(200)  not null,
    content_type  varchar(150)  not null,
    content       bytea         not null
);
create sequence outgoing_mail_attachment_seq start with 1 increment by 50;
create index outgoing_mail_attachment_mail_idx on outgoing_mail_attachment (mail_id);
