-- People who sign in, their roles, and which mentor supports which ECT.

create table app_user (
    id            bigint generated always as identity primary key,
    email         varchar(320) not null,
    display_name  varchar(200) not null,
    password_hash varchar(200) not null,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    version       bigint       not null default 0,
    constraint app_user_email_shape check (email like '_%@_%' and email = btrim(email)),
    constraint app_user_display_name_not_blank check (btrim(display_name) <> '')
);

-- Email addresses are compared without regard to case: Ann@School.org and ann@school.org are one person.
create unique index app_user_email_unique on app_user (lower(email));

create table app_user_role (
    user_id bigint      not null references app_user (id) on delete cascade,
    role    varchar(32) not null,
    primary key (user_id, role),
    constraint app_user_role_known check (role in ('ADMIN', 'INDUCTION_TUTOR', 'MENTOR', 'ECT'))
);

create table mentor_assignment (
    id         bigint generated always as identity primary key,
    mentor_id  bigint not null references app_user (id),
    ect_id     bigint not null references app_user (id),
    started_on date   not null,
    ended_on   date,
    constraint mentor_assignment_not_self check (mentor_id <> ect_id),
    constraint mentor_assignment_dates check (ended_on is null or ended_on >= started_on)
);

-- An ECT has at most one current mentor; past assignments stay as history.
create unique index mentor_assignment_one_current on mentor_assignment (ect_id) where ended_on is null;
create index mentor_assignment_mentor on mentor_assignment (mentor_id) where ended_on is null;

-- Failed sign-ins per email address, so that guessing a password can be slowed down.
-- Keyed by the address typed, whether or not an account has it, so that throttling reveals nothing.
create table sign_in_throttle (
    email_key        varchar(320) primary key,
    failures         integer      not null,
    window_began_at  timestamptz  not null,
    locked_until     timestamptz,
    constraint sign_in_throttle_failures_positive check (failures > 0)
);
