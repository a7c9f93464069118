-- Limits shared by every node (issue 14), used when spirekassen.limits.store=database (PostgreSQL). The keys are the
-- first 64 bits of a SHA-256 of the limit's name and key: no client address or account name is stored.

-- Bucket4j's token buckets: the bucket's state, when it is full again (milliseconds since the epoch), and the number
-- of the advisory lock that guards the row (the key itself), which the removal of expired buckets takes.
create table rate_limit_bucket (
    id            bigint not null primary key,
    state         bytea,
    expires_at    bigint,
    explicit_lock bigint
);
create index rate_limit_bucket_expires_idx on rate_limit_bucket (expires_at);

-- Counts of failures, such as failed sign-ins per client address, with the time of the last one.
create table limit_count (
    id      bigint                   not null primary key,
    hits    integer                  not null,
    last_at timestamp with time zone not null
);
create index limit_count_last_idx on limit_count (last_at);
