create table organisation (
    id                bigint       not null primary key,
    kind              varchar(20)  not null
        constraint organisation_kind_check check (kind in ('HOUSING', 'ADMINISTRATION', 'ASSOCIATION')),
    name              varchar(200) not null,
    cvr               varchar(8)   not null constraint organisation_cvr_unique unique,
    address           varchar(300),
    municipality_code integer references municipality (code),
    website           varchar(300),
    member_since      date,
    administered_by   bigint references organisation (id),
    version           bigint       not null default 0,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null
);
create sequence organisation_seq start with 1 increment by 50;
create index organisation_name_idx on organisation (name);
create index organisation_municipality_idx on organisation (municipality_code);
create index organisation_administered_by_idx on organisation (administered_by);

create table department (
    id                bigint       not null primary key,
    organisation_id   bigint       not null references organisation (id),
    number            varchar(20)  not null,
    name              varchar(200) not null,
    address           varchar(300),
    municipality_code integer      not null references municipality (code),
    homes             integer      not null constraint department_homes_check check (homes >= 0),
    outdoor_area_m2   integer      constraint department_outdoor_area_check check (outdoor_area_m2 >= 0),
    version           bigint       not null default 0,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    constraint department_number_unique unique (organisation_id, number)
);
create sequence department_seq start with 1 increment by 50;
create index department_municipality_idx on department (municipality_code);
create index department_name_idx on department (name);

create table partner (
    id                 bigint        not null primary key,
    kind               varchar(20)   not null
        constraint partner_kind_check check (kind in ('ADVISOR', 'RESEARCHER', 'CIVIL_SOCIETY', 'FOUNDATION',
                                                       'ENTHUSIAST', 'COMPANY', 'MUNICIPALITY')),
    name               varchar(200)  not null,
    description        varchar(4000),
    email              varchar(254),
    phone              varchar(40),
    website            varchar(300),
    grant_min          bigint        constraint partner_grant_min_check check (grant_min >= 0),
    grant_max          bigint        constraint partner_grant_max_check check (grant_max >= 0),
    co_financing       varchar(500),
    version            bigint        not null default 0,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null
);
create sequence partner_seq start with 1 increment by 50;
create index partner_name_idx on partner (name);

create table partner_offer (
    partner_id bigint      not null references partner (id) on delete cascade,
    offer      varchar(20) not null
        constraint partner_offer_check check (offer in ('KNOWLEDGE', 'EXPERIENCE', 'FUNDS', 'VOLUNTEERING')),
    primary key (partner_id, offer)
);

create table partner_region (
    partner_id bigint      not null references partner (id) on delete cascade,
    region     varchar(20) not null
        constraint partner_region_check
        check (region in ('HOVEDSTADEN', 'SJAELLAND', 'SYDDANMARK', 'MIDTJYLLAND', 'NORDJYLLAND')),
    primary key (partner_id, region)
);

create table partner_theme (
    partner_id bigint not null references partner (id) on delete cascade,
    theme_id   bigint not null references theme (id),
    primary key (partner_id, theme_id)
);
create index partner_theme_theme_idx on partner_theme (theme_id);

create table person (
    id               bigint       not null primary key,
    name             varchar(200) not null,
    email            varchar(254),
    phone            varchar(40),
    title            varchar(200),
    association_role varchar(30)
        constraint person_association_role_check
        check (association_role in ('CHAIR', 'BOARD', 'EXECUTIVE_COMMITTEE', 'SECRETARIAT_HEAD', 'SECRETARIAT',
                                    'ADVISORY_BOARD')),
    organisation_id  bigint references organisation (id),
    partner_id       bigint references partner (id),
    version          bigint       not null default 0,
    constraint person_belongs_to_one check ((organisation_id is null) <> (partner_id is null))
);
create sequence person_seq start with 1 increment by 50;
create index person_organisation_idx on person (organisation_id);
create index person_partner_idx on person (partner_id);
