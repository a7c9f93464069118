-- The front page lists the newest ideas and projects and the most recently changed results.
create index project_created_idx on project (created_at);
create index project_updated_idx on project (updated_at);
