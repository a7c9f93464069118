create table project (
    id                       bigint        not null primary key,
    title                    varchar(200)  not null,
    summary                  varchar(500)  not null,
    description              varchar(20000),
    stage                    varchar(20)   not null
        constraint project_stage_check check (stage in ('IDEA', 'PROJECT_GROUP', 'RUNNING', 'COMPLETED', 'ANCHORED',
                                                        'PAUSED', 'STOPPED')),
    paused_from              varchar(20)
        constraint project_paused_from_check check (paused_from in ('IDEA', 'PROJECT_GROUP', 'RUNNING')),
    visibility               varchar(20)   not null
        constraint project_visibility_check check (visibility in ('PUBLIC', 'MEMBERS', 'PARTICIPANTS')),
    owner_organisation_id    bigint references organisation (id),
    budget                   bigint        constraint project_budget_check check (budget >= 0),
    results_summary          varchar(20000),
    lessons                  varchar(20000),
    proposed_by_account_id   bigint,
    version                  bigint        not null default 0,
    created_at               timestamp with time zone not null,
    updated_at               timestamp with time zone not null
);
create sequence project_seq start with 1 increment by 50;
create index project_stage_idx on project (stage);
create index project_owner_idx on project (owner_organisation_id);
create index project_title_idx on project (title);

create table project_theme (
    project_id bigint not null references project (id) on delete cascade,
    theme_id   bigint not null references theme (id),
    primary key (project_id, theme_id)
);
create index project_theme_theme_idx on project_theme (theme_id);

create table project_municipality (
    project_id        bigint  not null references project (id) on delete cascade,
    municipality_code integer not null references municipality (code),
    primary key (project_id, municipality_code)
);
create index project_municipality_code_idx on project_municipality (municipality_code);

create table project_department (
    project_id    bigint not null references project (id) on delete cascade,
    department_id bigint not null references department (id),
    primary key (project_id, department_id)
);

create table project_participant (
    id              bigint      not null primary key,
    project_id      bigint      not null references project (id) on delete cascade,
    role            varchar(20) not null
        constraint project_participant_role_check
        check (role in ('OWNER', 'LEAD', 'PARTICIPANT', 'ADVISOR', 'RESEARCHER', 'FUNDER')),
    organisation_id bigint references organisation (id),
    partner_id      bigint references partner (id),
    account_id      bigint references account (id),
    created_at      timestamp with time zone not null,
    constraint project_participant_one_actor check (
        (case when organisation_id is null then 0 else 1 end)
      + (case when partner_id is null then 0 else 1 end)
      + (case when account_id is null then 0 else 1 end) = 1)
);
create sequence project_participant_seq start with 1 increment by 50;
create index project_participant_project_idx on project_participant (project_id);
create index project_participant_account_idx on project_participant (account_id);
create index project_participant_organisation_idx on project_participant (organisation_id);
create index project_participant_partner_idx on project_participant (partner_id);

create table project_transition (
    id          bigint       not null primary key,
    project_id  bigint       not null references project (id) on delete cascade,
    from_stage  varchar(20),
    to_stage    varchar(20)  not null,
    account_id  bigint,
    actor_name  varchar(200) not null,
    comment     varchar(2000),
    happened_at timestamp with time zone not null
);
create sequence project_transition_seq start with 1 increment by 50;
create index project_transition_project_idx on project_transition (project_id, happened_at);

create table project_follower (
    project_id  bigint not null references project (id) on delete cascade,
    account_id  bigint not null references account (id) on delete cascade,
    followed_at timestamp with time zone not null,
    primary key (project_id, account_id)
);
create index project_follower_account_idx on project_follower (account_id);

create table project_need (
    id           bigint        not null primary key,
    project_id   bigint        not null references project (id) on delete cascade,
    kind         varchar(20)   not null
        constraint project_need_kind_check
        check (kind in ('KNOWLEDGE', 'EXPERIENCE', 'FUNDS', 'VOLUNTEERING', 'PARTNER')),
    partner_kind varchar(20)
        constraint project_need_partner_kind_check
        check (partner_kind in ('ADVISOR', 'RESEARCHER', 'CIVIL_SOCIETY', 'FOUNDATION', 'ENTHUSIAST', 'COMPANY',
                                'MUNICIPALITY')),
    amount       bigint        constraint project_need_amount_check check (amount >= 0),
    description  varchar(4000) not null,
    status       varchar(10)   not null constraint project_need_status_check check (status in ('OPEN', 'MET')),
    created_at   timestamp with time zone not null,
    constraint project_need_partner_kind_given check ((kind = 'PARTNER') = (partner_kind is not null)),
    constraint project_need_amount_given check (kind = 'FUNDS' or amount is null)
);
create sequence project_need_seq start with 1 increment by 50;
create index project_need_project_idx on project_need (project_id);
create index project_need_status_idx on project_need (status, kind);

create table need_offer (
    id          bigint        not null primary key,
    need_id     bigint        not null references project_need (id) on delete cascade,
    partner_id  bigint        not null references partner (id),
    account_id  bigint        not null references account (id),
    message     varchar(4000) not null,
    status      varchar(10)   not null
        constraint need_offer_status_check check (status in ('PENDING', 'ACCEPTED', 'DECLINED')),
    created_at  timestamp with time zone not null,
    decided_at  timestamp with time zone
);
create sequence need_offer_seq start with 1 increment by 50;
create index need_offer_need_idx on need_offer (need_id);
create index need_offer_partner_idx on need_offer (partner_id);

create table funding_line (
    id                 bigint       not null primary key,
    project_id         bigint       not null references project (id) on delete cascade,
    funder_partner_id  bigint references partner (id),
    funder_name        varchar(200),
    status             varchar(10)  not null
        constraint funding_line_status_check check (status in ('APPLIED', 'PLEDGED', 'GRANTED', 'REJECTED')),
    amount             bigint       not null constraint funding_line_amount_check check (amount >= 0),
    applied_on         date,
    decided_on         date,
    constraint funding_line_funder_given check ((funder_partner_id is null) <> (funder_name is null)),
    constraint funding_line_dates check (decided_on is null or applied_on is null or decided_on >= applied_on)
);
create sequence funding_line_seq start with 1 increment by 50;
create index funding_line_project_idx on funding_line (project_id);

create table indicator (
    id              bigint         not null primary key,
    project_id      bigint         not null references project (id) on delete cascade,
    bottom_line     varchar(10)    not null
        constraint indicator_bottom_line_check check (bottom_line in ('SOCIAL', 'CLIMATE', 'ECONOMIC')),
    name            varchar(200)   not null,
    unit            varchar(100)   not null,
    baseline_value  numeric(19, 4) not null,
    baseline_date   date           not null,
    target_value    numeric(19, 4) not null,
    target_date     date           not null,
    sdgs            varchar(60),
    constraint indicator_dates check (target_date >= baseline_date)
);
create sequence indicator_seq start with 1 increment by 50;
create index indicator_project_idx on indicator (project_id);

create table measurement (
    id           bigint         not null primary key,
    indicator_id bigint         not null references indicator (id) on delete cascade,
    measured_on  date           not null,
    measured     numeric(19, 4) not null,
    note         varchar(500)
);
create sequence measurement_seq start with 1 increment by 50;
create index measurement_indicator_idx on measurement (indicator_id, measured_on);

create table stored_file (
    id          bigint       not null primary key,
    content     bytea        not null
);
create sequence stored_file_seq start with 1 increment by 50;

create table project_file (
    id             bigint       not null primary key,
    project_id     bigint       not null references project (id) on delete cascade,
    file_name      varchar(200) not null,
    content_type   varchar(150) not null,
    size_bytes     bigint       not null constraint project_file_size_check check (size_bytes >= 0),
    storage_key    varchar(100) not null,
    public_result  boolean      not null default false,
    title          varchar(200),
    uploaded_by    bigint,
    uploaded_at    timestamp with time zone not null
);
create sequence project_file_seq start with 1 increment by 50;
create index project_file_project_idx on project_file (project_id);

create table notification (
    id            bigint       not null primary key,
    account_id    bigint       not null references account (id) on delete cascade,
    kind          varchar(40)  not null,
    project_id    bigint       references project (id) on delete cascade,
    subject       varchar(300) not null,
    created_at    timestamp with time zone not null,
    read_at       timestamp with time zone
);
create sequence notification_seq start with 1 increment by 50;
create index notification_account_idx on notification (account_id, created_at);
