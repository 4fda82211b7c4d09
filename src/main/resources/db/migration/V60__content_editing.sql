-- Editing pages in the app (docs/content.md, "Editing, drafts and publishing"). A version is now either a DRAFT, seen
-- only by admins, or PUBLISHED: it was live at some time. Who wrote it, when and why is kept on the version; nothing
-- is ever updated away, so the history is the table.
alter table page_version
    add column status       varchar(16)   not null default 'PUBLISHED',
    add column origin       varchar(16)   not null default 'IMPORT',
    add column author_id    bigint references app_user (id),
    add column change_note  varchar(2000),
    add column created_at   timestamptz   not null default now(),
    add column published_at timestamptz,
    add column published_by bigint references app_user (id),
    add column publish_note varchar(2000);

-- Every version imported so far was published as it was imported.
update page_version set created_at = imported_at, published_at = imported_at;

alter table page_version
    add constraint page_version_status check (status in ('DRAFT', 'PUBLISHED')),
    add constraint page_version_origin check (origin in ('IMPORT', 'EDIT', 'RESTORE')),
    -- A published version says when; a draft has never been published.
    add constraint page_version_published check ((status = 'PUBLISHED') = (published_at is not null)),
    -- An edit or a restore is always somebody's; an import may come from the command line.
    add constraint page_version_author check (origin = 'IMPORT' or author_id is not null),
    add constraint page_version_of_page unique (id, page_id);

-- lock_version: the optimistic lock of the page's text. Every save, publish, unpublish and import that changes the page
-- adds one, so an editor who started from an older number is told of the conflict instead of overwriting it.
-- draft_version_id: the draft the editor opens and Publish makes live. current_version_id keeps meaning "the version
-- readers see"; when a page is unpublished it is null, and withdrawn_version_id keeps what was taken down.
alter table content_page
    add column lock_version         bigint not null default 0,
    add column draft_version_id     bigint,
    add column withdrawn_version_id bigint,
    add column unpublished_at       timestamptz,
    add column unpublished_by       bigint references app_user (id),
    add constraint content_page_lock_version check (lock_version >= 0),
    add constraint content_page_draft_version foreign key (draft_version_id, id)
        references page_version (id, page_id),
    add constraint content_page_withdrawn_version foreign key (withdrawn_version_id, id)
        references page_version (id, page_id),
    -- A page is either live or taken down, never both; taken down, it says when.
    add constraint content_page_live_or_withdrawn check (current_version_id is null or withdrawn_version_id is null),
    add constraint content_page_unpublished check ((withdrawn_version_id is null) = (unpublished_at is null));
