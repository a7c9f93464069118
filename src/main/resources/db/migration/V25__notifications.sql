-- Notifications people control (module notifications): every note has a category and the channel its reader chose
-- for that category when it was written; digests, their send log, and one-click unsubscribing.

alter table notification drop constraint notification_kind_check;
alter table notification add column category varchar(30);
update notification set category = 'OFFERS'
    where kind in ('OFFER_RECEIVED', 'OFFER_SENT', 'OFFER_ACCEPTED', 'OFFER_DECLINED');
update notification set category = 'INVITATIONS' where kind = 'INVITATION';
update notification set category = 'OWNERSHIP' where category is null;
alter table notification alter column category set not null;
-- SITE: on the site only; INSTANT: mailed when written; DAILY, WEEKLY: waits for its reader's next digest.
alter table notification add column channel varchar(10) default 'INSTANT' not null;
alter table notification add constraint notification_channel_check
    check (channel in ('SITE', 'INSTANT', 'DAILY', 'WEEKLY'));
-- Where the note leads (a path on the site) and who or what else it names (a partner, an organisation, a need).
alter table notification add column link varchar(300);
alter table notification add column other varchar(300);
-- Set when a digest took the note: a note waits for a digest until then, however late the digest runs.
alter table notification add column digest_id bigint;
create index notification_digest_due_idx on notification (channel, digest_id, account_id);
create index notification_unread_idx on notification (account_id, read_at);

-- What a person chose per category; a category without a row has its default.
create table notification_setting (
    account_id bigint      not null references account (id) on delete cascade,
    category   varchar(30) not null,
    channel    varchar(10) not null
        constraint notification_setting_channel_check
        check (channel in ('OFF', 'SITE', 'INSTANT', 'DAILY', 'WEEKLY')),
    primary key (account_id, category)
);

-- Who gets notification mails: a login, or an address without a login (a registrant reminded of a day). The token
-- (random, opaque) is what the unsubscribe links carry. Language is the reader's, for digests.
create table notification_recipient (
    id           bigint       not null primary key,
    account_id   bigint       references account (id) on delete cascade
        constraint notification_recipient_account_unique unique,
    email        varchar(254) constraint notification_recipient_email_unique unique,
    token        varchar(64)  not null constraint notification_recipient_token_unique unique,
    language     varchar(5)   default 'da' not null,
    mail_stopped boolean      default false not null,
    created_at   timestamp with time zone not null,
    constraint notification_recipient_who check (account_id is not null or email is not null)
);
create sequence notification_recipient_seq start with 1 increment by 50;

-- The send log: one row per digest written; a note's digest_id points here.
create table digest (
    id         bigint      not null primary key,
    account_id bigint      not null references account (id) on delete cascade,
    frequency  varchar(10) not null constraint digest_frequency_check check (frequency in ('DAILY', 'WEEKLY')),
    items      integer     not null,
    sent_at    timestamp with time zone not null
);
create sequence digest_seq start with 1 increment by 50;
create index digest_account_idx on digest (account_id, frequency, sent_at);

-- Development days: when a day's opening of registration was announced, and when a registrant was reminded.
alter table development_day add column opening_announced_at timestamp with time zone;
-- Days whose registration opened before notifications existed are not announced now.
update development_day set opening_announced_at = current_timestamp where registration_opens_at <= current_timestamp;
create index development_day_opening_idx on development_day (opening_announced_at, registration_opens_at);
alter table registration add column reminded_at timestamp with time zone;

-- A notification mail's one-click unsubscribe address (RFC 8058), sent as List-Unsubscribe with List-Unsubscribe-Post.
alter table outgoing_mail add column list_unsubscribe varchar(500);
