-- The ECT's own learning log and their module audits against the Teachers' Standards. People are app_user ids;
-- pages and modules are kept by their url path as text (like meetings), so a re-imported page never breaks an
-- entry; statements are framework codes and must exist. Text fields are capped at 20,000 characters here as in Java.

create table learning_log_entry (
    id          bigint generated always as identity primary key,
    ect_id      bigint        not null references app_user (id),
    written_on  date          not null,
    page_path   varchar(1100),
    page_title  varchar(500),
    -- '/programmes/<programme>/<module>' of the linked page, so the log can be filtered by module
    module_ref  varchar(500),
    key_points  text          not null default '',
    reflection  text          not null default '',
    private_entry boolean     not null default false,
    version     bigint        not null default 0,
    created_at  timestamptz   not null default now(),
    updated_at  timestamptz   not null default now(),
    constraint learning_log_entry_not_empty check (btrim(key_points) <> '' or btrim(reflection) <> ''),
    constraint learning_log_entry_key_points_length check (char_length(key_points) <= 20000),
    constraint learning_log_entry_reflection_length check (char_length(reflection) <= 20000),
    constraint learning_log_entry_page_title check ((page_path is null) = (page_title is null))
);
create index learning_log_entry_ect on learning_log_entry (ect_id, written_on desc, id desc);

create table learning_log_statement (
    entry_id bigint     not null references learning_log_entry (id) on delete cascade,
    code     varchar(8) not null references framework_statement (code),
    primary key (entry_id, code)
);
create index learning_log_statement_code on learning_log_statement (code);

-- A mentor's comments on a shared entry; the ECT reads them under the entry.
create table learning_log_comment (
    id         bigint generated always as identity primary key,
    entry_id   bigint      not null references learning_log_entry (id) on delete cascade,
    author_id   bigint      not null references app_user (id),
    -- kept as written, like a letter's signature: a comment stays signed if its mentor later leaves
    author_name varchar(200) not null,
    body       text        not null,
    created_at timestamptz not null default now(),
    constraint learning_log_comment_not_blank check (btrim(body) <> ''),
    constraint learning_log_comment_length check (char_length(body) <= 20000)
);
create index learning_log_comment_entry on learning_log_comment (entry_id, created_at);

-- One sitting of a module audit. A revisit is a new sitting: earlier ones are kept as they were made.
create table module_audit (
    id           bigint generated always as identity primary key,
    ect_id       bigint       not null references app_user (id),
    module_ref   varchar(500) not null,
    module_title varchar(500) not null,
    started_by   bigint       not null references app_user (id),
    created_at   timestamptz  not null default now(),
    constraint module_audit_module_not_blank check (btrim(module_ref) <> '')
);
create index module_audit_ect on module_audit (ect_id, module_ref, created_at desc, id desc);

create table audit_rating (
    audit_id bigint      not null references module_audit (id) on delete cascade,
    code     varchar(8)  not null references framework_statement (code),
    rating   varchar(32) not null,
    note     text        not null default '',
    primary key (audit_id, code),
    constraint audit_rating_scale check (rating in
        ('MORE_PRACTICE_AND_SUPPORT', 'SOME_PRACTICE_AND_SUPPORT', 'MOSTLY_CONFIDENT', 'CONFIDENT_AND_SKILLED')),
    constraint audit_rating_note_length check (char_length(note) <= 20000)
);
create index audit_rating_code on audit_rating (code);

-- Sittings are never changed once made: the progress chart is only true if history cannot be rewritten.
create function audit_sitting_is_kept() returns trigger language plpgsql as $$
begin
    raise exception 'a module audit is kept as it was made: a revisit is a new audit';
end
$$;
create trigger module_audit_kept before update on module_audit
    for each row execute function audit_sitting_is_kept();
create trigger audit_rating_kept before update on audit_rating
    for each row execute function audit_sitting_is_kept();
