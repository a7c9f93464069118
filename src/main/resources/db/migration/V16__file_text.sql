-- The text of a toolbox file, read on upload, for the search index: at most 200,000 characters (projects.FileText.LIMIT).
-- It has its own table, so that a project's page, which loads its files, does not load their text.
-- Files uploaded before this have none until they are uploaded again.
create sequence project_file_text_seq start with 1 increment by 50;

create table project_file_text (
    id bigint primary key,
    text varchar(200000) not null
);

alter table project_file add column text_id bigint references project_file_text (id);
create index project_file_text_id on project_file (text_id);
