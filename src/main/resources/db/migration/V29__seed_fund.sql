-- The seed fund (issue 13, section 3): the association's own calls for proposals, the applications to them, their
-- reviews and decisions, and the payouts of a grant in tranches. committed is what the call's grants add up to: a
-- decision takes the call's row lock, checks the budget and adds to it, so two decisions at the same moment cannot
-- commit more than the budget; the check constraint is the last guard should code ever get it wrong.
create table seed_call (
    id              bigint        not null primary key,
    title           varchar(200)  not null,
    description     varchar(4000) not null,
    budget          bigint        not null constraint seed_call_budget_check check (budget > 0),
    max_per_project bigint        not null,
    opens_on        date          not null,
    closes_on       date          not null,
    committed       bigint        default 0 not null,
    created_at      timestamp with time zone not null,
    version         bigint        default 0 not null,
    constraint seed_call_max_check check (max_per_project > 0 and max_per_project <= budget),
    constraint seed_call_window_check check (closes_on >= opens_on),
    constraint seed_call_committed_check check (committed >= 0 and committed <= budget)
);
create sequence seed_call_seq start with 1 increment by 50;

-- The themes a call is open to; none means every theme.
create table seed_call_theme (
    call_id  bigint not null references seed_call (id) on delete cascade,
    theme_id bigint not null references theme (id),
    primary key (call_id, theme_id)
);

-- What reviewers score, each mapped to a bottom line or to feasibility, with its weight.
create table seed_criterion (
    id       bigint       not null primary key,
    call_id  bigint       not null references seed_call (id) on delete cascade,
    name     varchar(200) not null,
    aspect   varchar(12)  not null
        constraint seed_criterion_aspect_check check (aspect in ('SOCIAL', 'CLIMATE', 'ECONOMIC', 'FEASIBILITY')),
    weight   integer      not null constraint seed_criterion_weight_check check (weight between 1 and 10),
    position integer      not null
);
create sequence seed_criterion_seq start with 1 increment by 50;
create index seed_criterion_call_idx on seed_criterion (call_id);

-- A project's application to a call. The applicant's name is kept beside the login, which may be closed later.
create table seed_application (
    id                   bigint        not null primary key,
    call_id              bigint        not null references seed_call (id),
    project_id           bigint        not null references project (id),
    applicant_account_id bigint        not null,
    applicant_name       varchar(200)  not null,
    summary              varchar(4000) not null,
    purpose              varchar(4000) not null,
    requested            bigint        not null constraint seed_application_requested_check check (requested > 0),
    project_budget       bigint,
    co_financing         bigint        default 0 not null,
    status               varchar(10)   not null
        constraint seed_application_status_check
            check (status in ('SUBMITTED', 'IN_REVIEW', 'GRANTED', 'REJECTED', 'WITHDRAWN')),
    submitted_at         timestamp with time zone not null,
    granted              bigint,
    decided_on           date,
    rationale            varchar(4000),
    version              bigint        default 0 not null,
    constraint seed_application_once unique (call_id, project_id),
    constraint seed_application_co_check check (co_financing >= 0),
    constraint seed_application_granted_check check ((status = 'GRANTED') = (granted is not null)),
    constraint seed_application_grant_check check (granted is null or (granted > 0 and granted <= requested))
);
create sequence seed_application_seq start with 1 increment by 50;
create index seed_application_project_idx on seed_application (project_id);
create index seed_application_applicant_idx on seed_application (applicant_account_id);

-- The reviewers the secretariat assigned to an application.
create table seed_assignment (
    application_id      bigint       not null references seed_application (id) on delete cascade,
    reviewer_account_id bigint       not null,
    reviewer_name       varchar(200) not null,
    assigned_at         timestamp with time zone not null,
    primary key (application_id, reviewer_account_id)
);
create index seed_assignment_reviewer_idx on seed_assignment (reviewer_account_id);

-- A conflict of interest a reviewer declared on an application (those found from the directory are not stored:
-- they are worked out anew, so they follow the project's participants).
create table seed_conflict (
    application_id      bigint        not null references seed_application (id) on delete cascade,
    reviewer_account_id bigint        not null,
    reason              varchar(1000) not null,
    declared_at         timestamp with time zone not null,
    primary key (application_id, reviewer_account_id)
);

-- A reviewer's score of an application on one criterion, 0 to 5.
create table seed_score (
    application_id      bigint        not null references seed_application (id) on delete cascade,
    reviewer_account_id bigint        not null,
    criterion_id        bigint        not null references seed_criterion (id) on delete cascade,
    score               integer       not null constraint seed_score_check check (score between 0 and 5),
    note                varchar(2000),
    scored_at           timestamp with time zone not null,
    primary key (application_id, reviewer_account_id, criterion_id)
);

-- A grant paid out in tranches, each tied to a milestone.
create table seed_payout (
    id             bigint       not null primary key,
    application_id bigint       not null references seed_application (id) on delete cascade,
    milestone      varchar(300) not null,
    amount         bigint       not null constraint seed_payout_amount_check check (amount > 0),
    due_on         date         not null,
    paid_on        date
);
create sequence seed_payout_seq start with 1 increment by 50;
create index seed_payout_application_idx on seed_payout (application_id);

-- Every step of a call and its applications, in order: who did what, when.
create table seed_audit (
    id             bigint        not null primary key,
    call_id        bigint        not null references seed_call (id) on delete cascade,
    application_id bigint,
    actor_name     varchar(200),
    action         varchar(20)   not null,
    detail         varchar(2000),
    at             timestamp with time zone not null
);
create sequence seed_audit_seq start with 1 increment by 50;
create index seed_audit_call_idx on seed_audit (call_id, id);
create index seed_audit_application_idx on seed_audit (application_id, id);

-- What kind of funder a funding line's money comes from, for the portfolio's money by kind, co-financed share and
-- leverage; and the seed fund's application a line of the association's own money came from.
alter table funding_line add column funder_kind varchar(12) default 'OTHER' not null;
alter table funding_line add constraint funding_line_kind_check
    check (funder_kind in ('ASSOCIATION', 'PUBLIC', 'FOUNDATION', 'HOUSING', 'OTHER'));
alter table funding_line add column seed_application_id bigint;
alter table funding_line add constraint funding_line_seed_once unique (seed_application_id);
update funding_line set funder_kind = 'FOUNDATION' where funder_partner_id is not null;
update funding_line set funder_kind = 'PUBLIC' where funder_partner_id is null
    and (lower(funder_name) like '%landsbyggefond%' or lower(funder_name) like '%kommune%');
update funding_line set funder_kind = 'HOUSING' where funder_partner_id is null
    and (lower(funder_name) like '%egen finansiering%' or lower(funder_name) like '%egne midler%'
        or lower(funder_name) like '%boligorganisation%');
update funding_line set funder_kind = 'ASSOCIATION' where funder_partner_id is null
    and lower(funder_name) like '%spirekass%';
