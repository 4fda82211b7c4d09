-- The tutor's notes on each section of a session, kept as they facilitate it. A section is named by its number in
-- the session's plan and its heading at the time, so notes still read sensibly if the page is later re-imported.

create table training_session_note (
    id              bigint generated always as identity primary key,
    session_id      bigint       not null references training_session (id) on delete cascade,
    section_number  integer      not null,
    heading         varchar(500) not null,
    notes           text         not null default '',
    version         bigint       not null default 0,
    updated_at      timestamptz  not null default now(),
    constraint training_session_note_once unique (session_id, section_number),
    constraint training_session_note_section check (section_number >= 1),
    constraint training_session_note_length check (length(notes) <= 20000)
);
