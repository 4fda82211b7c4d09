-- Training sessions: an induction tutor runs one week's tutor materials with one of their cohorts, on a day, at a
-- time, in a place or online. The materials are referenced by their content url path, kept as text (as meetings
-- do), so that a re-imported page never breaks a session; its title is kept for lists that read no page.

create table training_session (
    id               bigint generated always as identity primary key,
    cohort_id        bigint        not null references cohort (id),
    tutor_id         bigint        not null references app_user (id),
    materials_path   varchar(1100) not null,
    materials_title  varchar(500)  not null,
    held_on          date          not null,
    starts_at        time          not null,
    place            varchar(300),
    online_link      varchar(1000),
    status           varchar(16)   not null default 'SCHEDULED',
    version          bigint        not null default 0,
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    constraint training_session_status check (status in ('SCHEDULED', 'CANCELLED')),
    constraint training_session_materials_not_blank check (btrim(materials_path) <> ''),
    -- Somewhere to be: a place, an online link, or both; never a blank one.
    constraint training_session_where check (
        (place is not null or online_link is not null)
        and (place is null or btrim(place) <> '')
        and (online_link is null or online_link ~ '^https?://\S+$'))
);
create index training_session_cohort on training_session (cohort_id, held_on);
create index training_session_tutor on training_session (tutor_id, held_on);

-- What happened to a session, in order: scheduled, each reschedule, a cancellation. Each row keeps the session as it
-- stood after the change, so the history shows from what to what it moved; rows are never changed or deleted.
create table training_session_change (
    id           bigint generated always as identity primary key,
    session_id   bigint        not null references training_session (id) on delete cascade,
    kind         varchar(16)   not null,
    changed_by   bigint        not null references app_user (id),
    changed_at   timestamptz   not null default now(),
    held_on      date          not null,
    starts_at    time          not null,
    place        varchar(300),
    online_link  varchar(1000),
    reason       varchar(500),
    constraint training_session_change_kind check (kind in ('SCHEDULED', 'RESCHEDULED', 'CANCELLED'))
);
create index training_session_change_session on training_session_change (session_id, id);
