-- Cohorts of ECTs following a programme on their school's calendar, their induction tutors,
-- accounts without a password yet (bulk-uploaded, waiting for their set-password link), and reset links.

alter table app_user alter column password_hash drop not null;

create table cohort (
    id             bigint generated always as identity primary key,
    name           varchar(200) not null,
    programme_slug varchar(200) not null,
    starts_on      date         not null,
    version        bigint       not null default 0,
    created_at     timestamptz  not null default now(),
    constraint cohort_name_not_blank check (btrim(name) <> ''),
    constraint cohort_programme_not_blank check (btrim(programme_slug) <> '')
);
create unique index cohort_name_unique on cohort (lower(name));

-- When school is in. With no terms, every weekday from the cohort's start counts.
create table cohort_term (
    id        bigint generated always as identity primary key,
    cohort_id bigint       not null references cohort (id) on delete cascade,
    name      varchar(100) not null,
    starts_on date         not null,
    ends_on   date         not null,
    constraint cohort_term_dates check (ends_on >= starts_on)
);
create index cohort_term_cohort on cohort_term (cohort_id);

-- Breaks within terms (half-terms, bank holidays) or any other days without school.
create table cohort_holiday (
    id        bigint generated always as identity primary key,
    cohort_id bigint       not null references cohort (id) on delete cascade,
    name      varchar(100) not null,
    starts_on date         not null,
    ends_on   date         not null,
    constraint cohort_holiday_dates check (ends_on >= starts_on)
);
create index cohort_holiday_cohort on cohort_holiday (cohort_id);

create table cohort_tutor (
    cohort_id bigint not null references cohort (id) on delete cascade,
    tutor_id  bigint not null references app_user (id),
    primary key (cohort_id, tutor_id)
);
create index cohort_tutor_tutor on cohort_tutor (tutor_id);

-- An ECT belongs to at most one cohort.
create table cohort_membership (
    ect_id    bigint primary key references app_user (id),
    cohort_id bigint not null references cohort (id),
    joined_on date   not null
);
create index cohort_membership_cohort on cohort_membership (cohort_id);

-- Only a hash of the token is stored: a leaked database does not leak working links.
create table password_reset_link (
    id          bigint generated always as identity primary key,
    user_id     bigint      not null references app_user (id),
    token_hash  varchar(64) not null unique,
    created_by  bigint      references app_user (id),
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    used_at     timestamptz,
    constraint password_reset_link_expiry check (expires_at > created_at)
);
create index password_reset_link_user on password_reset_link (user_id);
