-- The search index on Elasticsearch or OpenSearch is shared by every node, so the fingerprint of the mapping and word
-- lists it was built by is kept where every node sees it (search.IndexBuilds): a node that starts with another
-- mapping rebuilds the index once and records it here, and the others then find it fits. The embedded Lucene index
-- keeps its fingerprint in a file beside it instead, one per node.
create table search_index_state (
    name        varchar(100)             not null constraint search_index_state_pk primary key,
    fingerprint varchar(64)              not null,
    built_at    timestamp with time zone not null
);
