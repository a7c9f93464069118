-- Matching needs with partners (projects.Matchmaking).

-- "Ikke relevant": a partner (side PARTNER) or a project's lead (side PROJECT) said a suggested pair of need and
-- partner does not fit, with an optional reason. Private to the side that said it; it removes the suggestion for
-- good. The rank is where the suggestion was shown, for precision@5 from feedback.
create table match_dismissal (
    id          bigint                   not null primary key,
    need_id     bigint                   not null references project_need (id) on delete cascade,
    partner_id  bigint                   not null references partner (id) on delete cascade,
    side        varchar(10)              not null
        constraint match_dismissal_side_check check (side in ('PROJECT', 'PARTNER')),
    reason      varchar(500),
    shown_rank  integer,
    account_id  bigint                   references account (id) on delete set null,
    created_at  timestamp with time zone not null,
    constraint match_dismissal_unique unique (need_id, partner_id, side)
);
create sequence match_dismissal_seq start with 1 increment by 50;
create index match_dismissal_partner_idx on match_dismissal (partner_id);

-- A project's lead invited a suggested partner to meet a need.
create table need_invitation (
    id          bigint                   not null primary key,
    need_id     bigint                   not null references project_need (id) on delete cascade,
    partner_id  bigint                   not null references partner (id) on delete cascade,
    shown_rank  integer,
    account_id  bigint                   references account (id) on delete set null,
    created_at  timestamp with time zone not null,
    constraint need_invitation_unique unique (need_id, partner_id)
);
create sequence need_invitation_seq start with 1 increment by 50;
create index need_invitation_partner_idx on need_invitation (partner_id);

-- The rank of the suggestion an offer was made from, if it was.
alter table need_offer add column suggested_rank integer;

-- Suggestions shown and opened, counted per day; each node adds what it counted.
create table suggestion_count (
    counted_on date        not null,
    kind   varchar(10) not null constraint suggestion_count_kind_check check (kind in ('SHOWN', 'OPENED')),
    amount bigint      not null,
    primary key (counted_on, kind)
);

-- A partner is told on the dashboard that a project's lead invited it to a need.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind in ('OFFER_RECEIVED', 'OFFER_SENT',
    'OFFER_ACCEPTED', 'OFFER_DECLINED', 'OWNERSHIP_PROPOSED', 'OWNERSHIP_ACCEPTED', 'OWNERSHIP_DECLINED',
    'INVITATION'));
