create table evaluation_invite (
    id              bigint      not null primary key,
    day_id          bigint      not null references development_day (id) on delete cascade,
    registration_id bigint      not null references registration (id) on delete cascade,
    token_hash      varchar(64) not null constraint evaluation_invite_token_unique unique,
    sent_at         timestamp with time zone not null,
    answered_at     timestamp with time zone,
    constraint evaluation_invite_once unique (day_id, registration_id)
);
create sequence evaluation_invite_seq start with 1 increment by 50;

-- Answers are kept apart from who gave them, so the evaluation is anonymous.
create table evaluation_response (
    id           bigint        not null primary key,
    day_id       bigint        not null references development_day (id) on delete cascade,
    benefit      smallint      not null constraint evaluation_benefit_check check (benefit between 1 and 5),
    relevance    smallint      not null constraint evaluation_relevance_check check (relevance between 1 and 5),
    continuation smallint      not null constraint evaluation_continuation_check check (continuation between 1 and 5),
    comment      varchar(2000),
    submitted_at timestamp with time zone not null
);
create sequence evaluation_response_seq start with 1 increment by 50;
create index evaluation_response_day_idx on evaluation_response (day_id);

create table data_access_request (
    id          bigint       not null primary key,
    email       varchar(254) not null,
    token_hash  varchar(64)  not null constraint data_access_request_token_unique unique,
    expires_at  timestamp with time zone not null
);
create sequence data_access_request_seq start with 1 increment by 50;
create index registration_email_idx on registration (email);
