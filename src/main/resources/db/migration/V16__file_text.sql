-- The text of a toolbox file, read on upload, for the search index: at most 200,000 characters (projects.FileText.LIMIT).
-- Files uploaded before this have none until they are uploaded again.
alter table project_file add column text varchar(200000);
