-- The audit log of content actions: what was done (import, export, edit, publish, restore, structure changes), to
-- which page, programme, module or week, by whom (null: the command line), when, and a short detail. Rows are
-- only ever added, in the transaction of the action they record: the triggers below refuse to change or remove
-- one, so the log cannot be rewritten after the fact, whatever the application does.
create table content_audit_entry (
    id       bigint generated always as identity primary key,
    action   varchar(16)   not null,
    target   varchar(1100) not null,
    actor_id bigint references app_user (id),
    detail   text,
    at       timestamptz   not null default now(),
    constraint content_audit_entry_action check (action in
        ('IMPORT', 'EXPORT', 'EDIT', 'PUBLISH', 'UNPUBLISH', 'RESTORE', 'CREATE', 'RENAME', 'REORDER', 'MOVE',
         'RETIRE')),
    constraint content_audit_entry_target_not_blank check (btrim(target) <> '')
);
-- Newest first, whole or for one target or one person.
create index content_audit_entry_at on content_audit_entry (at desc, id desc);
create index content_audit_entry_target on content_audit_entry (target, at desc, id desc);
create index content_audit_entry_actor on content_audit_entry (actor_id, at desc, id desc);

create function refuse_to_rewrite_history() returns trigger language plpgsql as $$
begin
    raise exception '% rows are kept as they were written: % refused', tg_table_name, tg_op
        using errcode = 'restrict_violation';
end
$$;

create trigger content_audit_entry_append_only
    before update or delete on content_audit_entry
    for each row execute function refuse_to_rewrite_history();
create trigger content_audit_entry_no_truncate
    before truncate on content_audit_entry
    for each statement execute function refuse_to_rewrite_history();
