-- A realistic volume for the benchmarks, against the app's own schema (after Flyway) with the bench programme
-- (bench/synthetic-programme.sh) imported: 50 cohorts of 100 ECTs following it, each ECT with their own mentor, 50 tutors, and a
-- year of their work: a meeting a school week (39) with its four activities and two next-step actions, a
-- learning-log entry a week with two statements, and three module audits of ten statements.
-- Everyone signs in with the password whose hash is given as :'password_hash'.
--   psql -v password_hash='$2a$10$...' -f bench/generate-data.sql
\set ON_ERROR_STOP on
\set cohorts 50
\set per_cohort 100
\set weeks 39
begin;

create temporary table bench_person as
select n, 'bench-mentor-' || n || '@school.example' as mentor_email, 'bench-ect-' || n || '@school.example' as ect_email
from generate_series(1, :cohorts * :per_cohort) n;

insert into app_user (email, display_name, password_hash)
select mentor_email, 'Bench Mentor ' || n, :'password_hash' from bench_person
union all
select ect_email, 'Bench ECT ' || n, :'password_hash' from bench_person
union all
select 'bench-tutor-' || c || '@school.example', 'Bench Tutor ' || c, :'password_hash' from generate_series(1, :cohorts) c;

insert into app_user_role (user_id, role)
select id, case when email like 'bench-mentor-%' then 'MENTOR' when email like 'bench-ect-%' then 'ECT'
                else 'INDUCTION_TUTOR' end
from app_user where email like 'bench-%@school.example';

create temporary table bench_pair as
select p.n, m.id as mentor_id, e.id as ect_id, (p.n - 1) / :per_cohort + 1 as cohort_no
from bench_person p
join app_user m on m.email = p.mentor_email
join app_user e on e.email = p.ect_email;

-- The cohorts started 30 weeks ago (no terms: every weekday counts), so "this week" is week 31 of the programme.
insert into cohort (name, programme_slug, starts_on)
select 'Bench cohort ' || c, 'bench-provider', current_date - 30 * 7 from generate_series(1, :cohorts) c;

insert into cohort_tutor (cohort_id, tutor_id)
select k.id, t.id from cohort k join app_user t on t.email = 'bench-tutor-' || substr(k.name, 14) || '@school.example'
where k.name like 'Bench cohort %';

insert into cohort_membership (ect_id, cohort_id, joined_on)
select p.ect_id, k.id, current_date - 30 * 7 from bench_pair p join cohort k on k.name = 'Bench cohort ' || p.cohort_no;

insert into mentor_assignment (mentor_id, ect_id, started_on)
select mentor_id, ect_id, current_date - 365 from bench_pair;

-- A meeting a week for the past :weeks weeks, all held, about that week's mentor materials of module 1 or 2.
insert into mentor_meeting (mentor_id, ect_id, materials_path, materials_title, meets_on, starts_at, status)
select p.mentor_id, p.ect_id,
       '/programmes/bench-provider/year-1-module-' || (1 + (w - 1) / 33) || '/autumn-week-' || (1 + (w - 1) % 33)
           || '-mentor-materials',
       'Week ' || (1 + (w - 1) % 33) || ' mentor materials',
       current_date - (:weeks - w + 1) * 7, time '15:45', 'HELD'
from bench_pair p cross join generate_series(1, :weeks) w;

-- and next week's, planned: the one the load benchmark saves notes into.
insert into mentor_meeting (mentor_id, ect_id, materials_path, materials_title, meets_on, starts_at, status)
select p.mentor_id, p.ect_id, '/programmes/bench-provider/year-1-module-1/autumn-week-31-mentor-materials',
       'Week 31 mentor materials', current_date + 7, time '15:45', 'PLANNED'
from bench_pair p;

insert into meeting_activity (meeting_id, position, name, kind, minutes, notes)
select m.id, a.position, a.name, a.kind, a.minutes,
       case when m.status = 'HELD' then 'We talked about ' || lower(a.name) || ' for this week.' else '' end
from mentor_meeting m
join bench_pair p on p.mentor_id = m.mentor_id
cross join (values (1, 'Review', 'REVIEW', 5), (2, 'Plan', 'PLAN', 5), (3, 'Theory to practice', 'NOTES', 35),
                   (4, 'Next steps', 'NEXT_STEPS', 5)) as a (position, name, kind, minutes);

insert into next_step_action (meeting_id, ect_id, position, action, expected_impact, success_looks_like,
                              how_evaluated, due_on, status)
select m.id, m.ect_id, k, 'Try the routine in lesson ' || k, 'Pupils settle faster', 'Calm starts',
       'Observe two lessons', m.meets_on + 7, case when m.meets_on < current_date - 7 then 'COMPLETED' else 'OPEN' end
from mentor_meeting m
join bench_pair p on p.mentor_id = m.mentor_id
cross join generate_series(1, 2) k
where m.status = 'HELD';

insert into learning_log_entry (ect_id, written_on, page_path, page_title, module_ref, key_points, reflection,
                                private_entry)
select p.ect_id, current_date - (:weeks - w + 1) * 7 + 2,
       '/programmes/bench-provider/year-1-module-1/autumn-week-' || (1 + (w - 1) % 33) || '-ect-instructions',
       'Instructions', '/programmes/bench-provider/year-1-module-1',
       'What I noticed in week ' || w, 'What I will try next week.', w % 5 = 0
from bench_pair p cross join generate_series(1, :weeks) w;

insert into learning_log_statement (entry_id, code)
select e.id, s.code
from learning_log_entry e
join bench_pair p on p.ect_id = e.ect_id
cross join lateral (select code from framework_statement order by framework_order
                    offset (e.id % 40) limit 2) s;

insert into module_audit (ect_id, module_ref, module_title, started_by, created_at)
select p.ect_id, '/programmes/bench-provider/year-1-module-1', 'Module 1', p.ect_id, now() - (k * 90) * interval '1 day'
from bench_pair p cross join generate_series(1, 3) k;

insert into audit_rating (audit_id, code, rating)
select a.id, s.code,
       (array['MORE_PRACTICE_AND_SUPPORT', 'SOME_PRACTICE_AND_SUPPORT', 'MOSTLY_CONFIDENT', 'CONFIDENT_AND_SKILLED'])
           [1 + (a.id + s.framework_order) % 4]
from module_audit a
join bench_pair p on p.ect_id = a.ect_id
cross join lateral (select code, framework_order from framework_statement order by framework_order limit 10) s;

commit;
vacuum analyze;   -- as autovacuum would leave it: counts can read the indexes alone

select (select count(*) from app_user) as people, (select count(*) from cohort) as cohorts,
       (select count(*) from mentor_meeting) as meetings, (select count(*) from next_step_action) as actions,
       (select count(*) from learning_log_entry) as log_entries, (select count(*) from module_audit) as audits,
       (select count(*) from page_version) as page_versions;
