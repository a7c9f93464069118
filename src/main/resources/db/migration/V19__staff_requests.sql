-- Staff of a member organisation asking to join it (joining.StaffRequest): a login of the organisation that cannot
-- sign in until the organisation's staff or the secretariat approve it. The token is the link that confirms the
-- address, kept hashed.
create table staff_request (
    id               bigint                   not null primary key,
    account_id       bigint                   not null references account (id) on delete cascade,
    organisation_id  bigint                   not null references organisation (id) on delete cascade,
    status           varchar(20)              not null
        constraint staff_request_status_check
            check (status in ('UNCONFIRMED', 'WAITING', 'APPROVED', 'REJECTED')),
    message          varchar(2000),
    language         varchar(10)              not null,
    token_hash       varchar(64)              constraint staff_request_token_unique unique,
    token_expires_at timestamp with time zone,
    consented_at     timestamp with time zone not null,
    confirmed_at     timestamp with time zone,
    created_at       timestamp with time zone not null,
    decided_at       timestamp with time zone,
    decided_by       bigint,
    version          bigint                   not null default 0
);
create sequence staff_request_seq start with 1 increment by 50;
create index staff_request_organisation_status on staff_request (organisation_id, status);
