-- News: the secretariat's news for everyone (project_id null) and the updates a project's lead and owner write on
-- their project. The image, if any, is a row of its own, read only when it is shown.
create table news_post (
    id                bigint        primary key,
    project_id        bigint,
    title             varchar(200)  not null,
    body              varchar(20000) not null,
    visibility        varchar(16)   not null check (visibility in ('PUBLIC', 'MEMBERS')),
    author_account_id bigint,
    author_name       varchar(200)  not null,
    published_at      timestamp with time zone not null,
    updated_at        timestamp with time zone,
    image_type        varchar(40),
    image_alt         varchar(300),
    version           bigint        not null default 0
);
create sequence news_post_seq start with 1 increment by 50;
-- The news page and the feed read the newest posts without a project; a project page reads its own newest.
create index news_post_project_published_idx on news_post (project_id, published_at);

create table news_image (
    post_id  bigint primary key references news_post (id) on delete cascade,
    content  bytea  not null
);
