create table day_idea (
    id                       bigint        not null primary key,
    day_id                   bigint        not null references development_day (id) on delete cascade,
    title                    varchar(200)  not null,
    description              varchar(4000),
    theme_id                 bigint references theme (id),
    proposer_name            varchar(200)  not null,
    proposer_registration_id bigint references registration (id) on delete set null,
    group_id                 bigint,
    created_at               timestamp with time zone not null
);
create sequence day_idea_seq start with 1 increment by 50;
create index day_idea_day_idx on day_idea (day_id);

create table day_group (
    id          bigint        not null primary key,
    day_id      bigint        not null references development_day (id) on delete cascade,
    title       varchar(200)  not null,
    summary     varchar(500)  not null,
    theme_id    bigint references theme (id),
    formed_at   timestamp with time zone not null,
    formed_by   varchar(200)
);
create sequence day_group_seq start with 1 increment by 50;
create index day_group_day_idx on day_group (day_id);
alter table day_idea add constraint day_idea_group_fk foreign key (group_id) references day_group (id);

create table day_group_member (
    group_id        bigint not null references day_group (id) on delete cascade,
    registration_id bigint not null references registration (id) on delete cascade,
    primary key (group_id, registration_id)
);

-- A project can come from a development day's project group; people from a day may take part by name.
alter table project add column origin_day_id bigint;
alter table project add column origin_group_id bigint;
alter table project add column origin_title varchar(200);
create unique index project_origin_group_idx on project (origin_group_id);
alter table project_participant add column person_name varchar(200);
alter table project_participant drop constraint project_participant_one_actor;
alter table project_participant add constraint project_participant_one_actor check (
        (case when organisation_id is null then 0 else 1 end)
      + (case when partner_id is null then 0 else 1 end)
      + (case when account_id is null then 0 else 1 end)
      + (case when person_name is null then 0 else 1 end) = 1);
