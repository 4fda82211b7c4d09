-- The throttle counted failures per email address only, so five wrong passwords from anyone locked the
-- account for everyone. It now counts per email address and client address together, plus one slower
-- count per email address across every client (client_address '*'), and answers with a growing wait
-- rather than a lock. Rows are purged an hour after their last failure. Nothing in the old table is worth
-- keeping: at worst a guesser gets a fresh count.
drop table sign_in_throttle;

create table sign_in_throttle (
    email_key        varchar(320) not null,
    client_address   varchar(64)  not null,
    failures         integer      not null,
    last_failure_at  timestamptz  not null,
    next_attempt_at  timestamptz  not null,
    primary key (email_key, client_address),
    constraint sign_in_throttle_failures_positive check (failures > 0),
    constraint sign_in_throttle_client_named check (client_address <> ''),
    constraint sign_in_throttle_wait_after_failure check (next_attempt_at >= last_failure_at)
);

-- The purge finds old rows by their last failure.
create index sign_in_throttle_last_failure on sign_in_throttle (last_failure_at);
