-- The last computed network of each audience (network.Audience), as JSON, served by every node until the next one.
create table network_snapshot (
    audience     varchar(10)  not null primary key
        constraint network_snapshot_audience_check check (audience in ('PUBLIC', 'MEMBERS', 'ALL')),
    computed_at  timestamp with time zone not null,
    millis       bigint       not null,
    fingerprint  varchar(1000) not null,
    content      text         not null
);
