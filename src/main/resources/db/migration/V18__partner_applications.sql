-- An outside actor's application to become a partner (joining.PartnerApplication): a login that cannot sign in yet
-- and the partner profile it proposes, as JSON, until the secretariat approves it (the partner is made then, and the
-- login opened), rejects it with a reason, or asks for more. The token is the one link the applicant was mailed
-- last (to confirm the address, or to answer a question), kept hashed.
create table partner_application (
    id               bigint                   not null primary key,
    account_id       bigint                   not null references account (id) on delete cascade,
    profile          varchar(20000)           not null,
    status           varchar(20)              not null
        constraint partner_application_status_check
            check (status in ('UNCONFIRMED', 'WAITING', 'MORE_ASKED', 'APPROVED', 'REJECTED')),
    message          varchar(2000),
    language         varchar(10)              not null,
    token_hash       varchar(64)              constraint partner_application_token_unique unique,
    token_expires_at timestamp with time zone,
    consented_at     timestamp with time zone not null,
    confirmed_at     timestamp with time zone,
    created_at       timestamp with time zone not null,
    decided_at       timestamp with time zone,
    partner_id       bigint,
    version          bigint                   not null default 0
);
create sequence partner_application_seq start with 1 increment by 50;
create index partner_application_status_created on partner_application (status, created_at);
