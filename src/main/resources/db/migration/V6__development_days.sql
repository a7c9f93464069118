create table development_day (
    id                      bigint        not null primary key,
    title                   varchar(200)  not null,
    theme_id                bigint references theme (id),
    description             varchar(20000),
    region                  varchar(20)   not null
        constraint development_day_region_check
        check (region in ('HOVEDSTADEN', 'SJAELLAND', 'SYDDANMARK', 'MIDTJYLLAND', 'NORDJYLLAND')),
    venue                   varchar(200)  not null,
    address                 varchar(300)  not null,
    starts_at               timestamp with time zone not null,
    ends_at                 timestamp with time zone not null,
    capacity                integer       not null constraint development_day_capacity_check check (capacity >= 0),
    registration_opens_at   timestamp with time zone not null,
    registration_closes_at  timestamp with time zone not null,
    organisers              varchar(500),
    version                 bigint        not null default 0,
    created_at              timestamp with time zone not null,
    updated_at              timestamp with time zone not null,
    constraint development_day_times check (ends_at > starts_at),
    constraint development_day_registration_times check (registration_closes_at > registration_opens_at)
);
create sequence development_day_seq start with 1 increment by 50;
create index development_day_starts_idx on development_day (starts_at);

create table programme_item (
    id          bigint        not null primary key,
    day_id      bigint        not null references development_day (id) on delete cascade,
    starts_at   time          not null,
    ends_at     time,
    title       varchar(200)  not null,
    description varchar(2000)
);
create sequence programme_item_seq start with 1 increment by 50;
create index programme_item_day_idx on programme_item (day_id, starts_at);

create table registration (
    id                 bigint        not null primary key,
    day_id             bigint        not null references development_day (id) on delete cascade,
    name               varchar(200)  not null,
    email              varchar(254)  not null,
    organisation_name  varchar(200),
    organisation_id    bigint references organisation (id),
    participant_type   varchar(20)   not null
        constraint registration_participant_type_check
        check (participant_type in ('HOUSING_STAFF', 'RESIDENT', 'ADVISOR', 'RESEARCHER', 'CIVIL_SOCIETY',
                                    'FOUNDATION', 'ENTHUSIAST', 'MUNICIPALITY', 'OTHER')),
    dietary_needs      varchar(500),
    accessibility_needs varchar(500),
    consent_at         timestamp with time zone not null,
    status             varchar(12)   not null
        constraint registration_status_check check (status in ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    arrival            bigint        not null,
    token_hash         varchar(64)   not null constraint registration_token_unique unique,
    idempotency_key    varchar(100),
    account_id         bigint,
    created_at         timestamp with time zone not null,
    status_changed_at  timestamp with time zone not null,
    checked_in_at      timestamp with time zone,
    anonymised         boolean       not null default false,
    version            bigint        not null default 0,
    constraint registration_email_unique unique (day_id, email),
    constraint registration_idempotency_unique unique (day_id, idempotency_key)
);
create sequence registration_seq start with 1 increment by 50;
create sequence registration_arrival_seq start with 1 increment by 1;
create index registration_day_status_idx on registration (day_id, status, arrival);

create table registration_event (
    id              bigint        not null primary key,
    registration_id bigint        not null references registration (id) on delete cascade,
    kind            varchar(20)   not null,
    reason          varchar(1000),
    actor_name      varchar(200),
    happened_at     timestamp with time zone not null
);
create sequence registration_event_seq start with 1 increment by 50;
create index registration_event_registration_idx on registration_event (registration_id);
