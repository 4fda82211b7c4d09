-- Key actions an ECT planned in an induction tutor's training session join their next-step actions, for the
-- mentor to review like a meeting's. Such an action belongs to no meeting: it carries its session instead (the
-- training module's id, kept as a number like people and pages elsewhere, with the title and date as they were
-- when the actions were saved), and only its words, as the session form asks for nothing else.
alter table next_step_action
    alter column meeting_id drop not null,
    alter column expected_impact drop not null,
    alter column success_looks_like drop not null,
    alter column how_evaluated drop not null,
    alter column due_on drop not null,
    add column training_session_id    bigint,
    add column training_session_title text,
    add column training_session_on    date;

-- An action comes from exactly one meeting or one session.
alter table next_step_action add constraint next_step_action_origin check (
    (meeting_id is not null and training_session_id is null and training_session_title is null
        and training_session_on is null)
    or (meeting_id is null and training_session_id is not null and btrim(training_session_title) <> ''
        and training_session_on is not null and continues_action_id is null));

-- A meeting's action is due on a date. It has all four answers, unless it continues a session's action, whose
-- other answers are agreed in that meeting's Next steps (the existing text check keeps any given answer non-blank).
alter table next_step_action add constraint next_step_action_meeting_answers check (
    meeting_id is null
    or (due_on is not null
        and (continues_action_id is not null
             or (expected_impact is not null and success_looks_like is not null and how_evaluated is not null))));

create index next_step_action_session on next_step_action (training_session_id, ect_id)
    where training_session_id is not null;
