-- Hibernate Search's outbox-polling coordination (issue 14), used when the nodes share an Elasticsearch/OpenSearch
-- index (spirekassen.search.coordination=outbox-polling, the default there; search.SearchBackend). The tables are
-- Hibernate Search's own mapping (8.2), as its schema generation writes them for PostgreSQL; with Lucene they stay
-- empty. The same tables for H2 are in db/vendor/h2, where Hibernate expects blob for what is bytea here.

-- What a transaction changed, written as it commits, until an agent of one of the nodes has indexed it.
create table hsearch_outbox_event (
    id             uuid                     not null primary key,
    entity_name    varchar(256)             not null,
    entity_id      varchar(256)             not null,
    entity_id_hash integer                  not null,
    payload        bytea                    not null,
    retries        integer                  not null,
    process_after  timestamp(6) with time zone not null,
    status         varchar(255)             not null check (status in ('PENDING', 'ABORTED')),
    tenant_id      varchar(255)
);
create index processAfter on hsearch_outbox_event (process_after);

-- The agents of the nodes (the event processors, and a rebuild that pauses them), each with its share of the events
-- and the time it must have shown itself alive by.
create table hsearch_agent (
    id                   uuid                     not null primary key,
    type                 varchar(255)             not null check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING',
                             'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    name                 varchar(255)             not null,
    expiration           timestamp(6) with time zone not null,
    state                varchar(255)             not null check (state in ('RUNNING', 'WAITING', 'SUSPENDED')),
    total_shard_count    integer,
    assigned_shard_index integer,
    payload              bytea,
    tenant_id            varchar(255)
);
