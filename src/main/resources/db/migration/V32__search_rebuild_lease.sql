-- A rebuild of the shared search index (Elasticsearch or OpenSearch) is known to every node, not only to the one that
-- runs it (search.IndexBuilds, search.SharedIndexWatch): while rebuilding_until lies ahead, the index is being filled,
-- and the other nodes read their lists from the database, as the rebuilding node does. The node that rebuilds moves
-- it ahead while it works and clears it when done; a node that dies mid-rebuild leaves it to run out. The fingerprint
-- is emptied when a rebuild starts and written when it ends, so an index left half-built is never taken as whole.
alter table search_index_state add column rebuilding_until timestamp with time zone;
