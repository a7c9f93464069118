-- The secretariat's imports of departments: one job per uploaded file, the file's valid rows waiting to be
-- written once the user confirms, and every problem found in the file.
create table import_job (
    id                    bigint       not null primary key,
    file_name             varchar(255) not null,
    status                varchar(20)  not null
        constraint import_job_status_check check (status in ('VALIDATED', 'RUNNING', 'DONE', 'FAILED')),
    mode                  varchar(20)
        constraint import_job_mode_check check (mode in ('ALL', 'VALID_ONLY')),
    total_rows            integer      not null,
    valid_rows            integer      not null,
    problem_count         integer      not null,
    processed_rows        integer      not null default 0,
    organisations_created integer      not null default 0,
    organisations_renamed integer      not null default 0,
    departments_created   integer      not null default 0,
    departments_updated   integer      not null default 0,
    departments_unchanged integer      not null default 0,
    failure_reference     varchar(20),
    created_by            varchar(254) not null,
    created_at            timestamp with time zone not null,
    started_at            timestamp with time zone,
    finished_at           timestamp with time zone,
    version               bigint       not null default 0
);
create sequence import_job_seq start with 1 increment by 50;
create index import_job_created_idx on import_job (created_at);

create table import_row (
    id                bigint       not null primary key,
    job_id            bigint       not null references import_job (id) on delete cascade,
    line              integer      not null,
    cvr               varchar(8)   not null,
    organisation_name varchar(200) not null,
    number            varchar(20)  not null,
    name              varchar(200) not null,
    municipality_code integer      not null references municipality (code),
    homes             integer      not null
);
create sequence import_row_seq start with 1 increment by 50;
create index import_row_job_idx on import_row (job_id, line);

create table import_problem (
    id               bigint        not null primary key,
    job_id           bigint        not null references import_job (id) on delete cascade,
    line             integer       not null,
    column_name      varchar(200)  not null,
    reason           varchar(100)  not null,
    reason_arguments varchar(1000)
);
create sequence import_problem_seq start with 1 increment by 50;
create index import_problem_job_idx on import_problem (job_id, line);
