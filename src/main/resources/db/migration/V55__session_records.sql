-- What a training session leaves behind besides the tutor's notes: the register, the group's agreement with each
-- statement of a statements activity, and each attending ECT's key actions. People are kept as ids, as elsewhere.

-- The register: one mark per ECT of the session's cohort. A reason says why someone was absent or late (optional:
-- the tutor often does not know); "present" needs none, so it may not carry one.
create table training_attendance (
    id           bigint generated always as identity primary key,
    session_id   bigint       not null references training_session (id) on delete cascade,
    ect_id       bigint       not null,
    mark         varchar(10)  not null,
    reason       varchar(500),
    recorded_by  bigint       not null,
    recorded_at  timestamptz  not null default now(),
    constraint training_attendance_once unique (session_id, ect_id),
    constraint training_attendance_mark check (mark in ('PRESENT', 'LATE', 'ABSENT')),
    constraint training_attendance_reason check (
        (mark = 'PRESENT' and reason is null)
        or (mark <> 'PRESENT' and (reason is null or btrim(reason) <> '')))
);

create index training_attendance_ect on training_attendance (ect_id);

-- How many of the group chose each point of the five-point scale for one statement of an activity. The statement
-- is named by its section and position and keeps its words, so a re-imported page leaves the counts readable.
create table training_statement_count (
    id                bigint generated always as identity primary key,
    session_id        bigint        not null references training_session (id) on delete cascade,
    section_number    integer       not null,
    statement_number  integer       not null,
    statement         varchar(1000) not null,
    scale_point       varchar(20)   not null,
    people            integer       not null,
    constraint training_statement_count_once unique (session_id, section_number, statement_number, scale_point),
    constraint training_statement_count_scale check (
        scale_point in ('STRONGLY_DISAGREE', 'DISAGREE', 'NEITHER', 'AGREE', 'STRONGLY_AGREE')),
    constraint training_statement_count_people check (people >= 0),
    constraint training_statement_count_numbers check (section_number >= 1 and statement_number >= 1),
    constraint training_statement_count_words check (btrim(statement) <> '')
);

-- An ECT's key actions from a session: positions 1 to 3, at most one action in each, so no ECT has more than three;
-- an ECT with none has no rows. Saved whole: the service replaces an ECT's list in one transaction.
create table training_planned_action (
    id           bigint generated always as identity primary key,
    session_id   bigint        not null references training_session (id) on delete cascade,
    ect_id       bigint        not null,
    position     integer       not null,
    action       varchar(1000) not null,
    recorded_by  bigint        not null,
    recorded_at  timestamptz   not null default now(),
    constraint training_planned_action_once unique (session_id, ect_id, position),
    constraint training_planned_action_position check (position between 1 and 3),
    constraint training_planned_action_words check (btrim(action) <> '')
);
