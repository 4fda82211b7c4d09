-- Mentor meetings: one weekly meeting of a mentor with their ECT about one week's mentor materials, the
-- notes taken in each of its activities, the next-step actions agreed at its end and the reviews of earlier
-- actions. People are referenced by their app_user id; the materials by their content url path, kept as text
-- so that a re-imported page never breaks a meeting record.

create table mentor_meeting (
    id               bigint generated always as identity primary key,
    mentor_id        bigint        not null references app_user (id),
    ect_id           bigint        not null references app_user (id),
    materials_path   varchar(1100) not null,
    materials_title  varchar(500)  not null,
    meets_on         date          not null,
    starts_at        time,
    status           varchar(16)   not null default 'PLANNED',
    next_meeting_id  bigint references mentor_meeting (id),
    version          bigint        not null default 0,
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    constraint mentor_meeting_status check (status in ('PLANNED', 'IN_PROGRESS', 'HELD', 'CANCELLED')),
    constraint mentor_meeting_not_self check (mentor_id <> ect_id),
    constraint mentor_meeting_materials_not_blank check (btrim(materials_path) <> '')
);
create index mentor_meeting_ect on mentor_meeting (ect_id, meets_on);
create index mentor_meeting_mentor on mentor_meeting (mentor_id, meets_on);

-- The activities of a meeting, copied from the page's agenda when the meeting is made, with the notes of each.
create table meeting_activity (
    id             bigint generated always as identity primary key,
    meeting_id     bigint       not null references mentor_meeting (id) on delete cascade,
    position       integer      not null,
    name           varchar(500) not null,
    kind           varchar(16)  not null,
    minutes        integer,
    section_anchor varchar(100),
    notes          text         not null default '',
    constraint meeting_activity_position unique (meeting_id, position),
    constraint meeting_activity_kind check (kind in ('REVIEW', 'PLAN', 'NOTES', 'NEXT_STEPS')),
    constraint meeting_activity_minutes check (minutes is null or minutes >= 0)
);

-- Ids are taken in one statement per save (nextval over generate_series), so saving any number of actions
-- is one batched insert.
create sequence next_step_action_id_seq;

create table next_step_action (
    id                    bigint       primary key default nextval('next_step_action_id_seq'),
    meeting_id            bigint       not null references mentor_meeting (id) on delete cascade,
    ect_id                bigint       not null references app_user (id),
    position              integer      not null,
    action                text         not null,
    expected_impact       text         not null,
    success_looks_like    text         not null,
    how_evaluated         text         not null,
    due_on                date         not null,
    status                varchar(16)  not null default 'OPEN',
    continues_action_id   bigint references next_step_action (id),
    progress_note         text,
    progress_updated_at   timestamptz,
    version               bigint       not null default 0,
    constraint next_step_action_status check (status in ('OPEN', 'COMPLETED', 'CONTINUED', 'DROPPED')),
    constraint next_step_action_text check (btrim(action) <> '' and btrim(expected_impact) <> ''
        and btrim(success_looks_like) <> '' and btrim(how_evaluated) <> ''),
    constraint next_step_action_not_own_thread check (continues_action_id is null or continues_action_id <> id)
);
create index next_step_action_ect on next_step_action (ect_id, status);
create index next_step_action_meeting on next_step_action (meeting_id, position);
create unique index next_step_action_continued_once on next_step_action (continues_action_id);

-- What the mentor recorded about an earlier action in a meeting's Review step.
create table action_review (
    id          bigint generated always as identity primary key,
    meeting_id  bigint      not null references mentor_meeting (id) on delete cascade,
    action_id   bigint      not null references next_step_action (id) on delete cascade,
    what_done   text        not null default '',
    impact      text        not null default '',
    evaluation  text        not null default '',
    what_next   text        not null default '',
    outcome     varchar(16),
    constraint action_review_once unique (meeting_id, action_id),
    constraint action_review_outcome check (outcome is null or outcome in ('COMPLETED', 'CONTINUED', 'DROPPED'))
);

-- A person's calendar feed: only the SHA-256 of the token is kept; making a new one revokes the old.
create table calendar_feed (
    user_id    bigint      primary key references app_user (id) on delete cascade,
    token_hash varchar(64) not null unique,
    created_at timestamptz not null default now()
);
