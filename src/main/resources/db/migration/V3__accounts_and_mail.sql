create table account (
    id              bigint       not null primary key,
    email           varchar(254) not null constraint account_email_unique unique,
    display_name    varchar(200) not null,
    password_hash   varchar(200) not null,
    role            varchar(20)  not null
        constraint account_role_check check (role in ('SECRETARIAT', 'MEMBER', 'PARTNER')),
    organisation_id bigint,
    partner_id      bigint,
    enabled         boolean      not null default true,
    version         bigint       not null default 0,
    created_at      timestamp with time zone not null
);
create sequence account_seq start with 1 increment by 50;

create table password_reset (
    id          bigint      not null primary key,
    account_id  bigint      not null references account (id) on delete cascade,
    token_hash  varchar(64) not null constraint password_reset_token_unique unique,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone
);
create sequence password_reset_seq start with 1 increment by 50;

create table outgoing_mail (
    id          bigint        not null primary key,
    recipient   varchar(254)  not null,
    subject     varchar(300)  not null,
    body        varchar(20000) not null,
    created_at  timestamp with time zone not null,
    delivered   boolean       not null default false
);
create sequence outgoing_mail_seq start with 1 increment by 50;
create index outgoing_mail_created_idx on outgoing_mail (created_at);

-- Spring Modulith's event publication registry (JPA, schema v2).
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(100000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer       not null default 0,
    last_resubmission_date timestamp with time zone
);
create index event_publication_incomplete_idx on event_publication (completion_date);

create table event_publication_archive (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(100000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer       not null default 0,
    last_resubmission_date timestamp with time zone
);
