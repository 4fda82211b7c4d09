-- Admins shape a programme: they create, rename, reorder and retire modules, weeks and pages, and move a page to
-- another week. Nothing is deleted: a retired row keeps its versions and its history, and only leaves readers'
-- navigation and pages. structure_version is the optimistic lock that keeps one admin's stale form from silently
-- undoing another's change (a reorder renumbers its neighbours too, so it takes their versions up as well).
alter table induction_module
    add column retired_at   timestamptz,
    add column structure_version integer not null default 0;

alter table week
    add column retired_at   timestamptz,
    add column structure_version integer not null default 0,
    -- Weeks are shown in this order; it starts as the provider's numbering, which stays the week's name.
    add column position     integer;
update week set position = number;
alter table week alter column position set not null;

alter table content_page
    add column retired_at   timestamptz,
    add column structure_version integer not null default 0;

alter table induction_module add constraint induction_module_structure_version check (structure_version >= 0);
alter table week add constraint week_structure_version check (structure_version >= 0);
alter table content_page add constraint content_page_structure_version check (structure_version >= 0);
