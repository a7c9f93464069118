-- File content moves from one value per file into rows of at most 64 KB (stored_file_chunk), so that a download
-- or an upload holds one chunk in memory, never the whole file, and holds a database connection only while one
-- chunk is read. V15_1 (a Java migration, FileChunkMigration) moves the content of existing files and drops the
-- old column.
create table stored_file_chunk (
    file_id     bigint       not null references stored_file (id) on delete cascade,
    seq         integer      not null,
    content     bytea        not null,
    primary key (file_id, seq)
);

alter table stored_file add column size_bytes bigint not null default 0;
alter table stored_file add column chunk_size integer not null default 65536;
