-- When each piece of scheduled work last started, across every app node (system.ClusterJobs): a node whose timer
-- fires shortly after another node ran the same work skips it, so the work runs once per period, not once per node.
create table scheduled_run (
    job        varchar(100) primary key,
    started_at timestamptz  not null,
    constraint scheduled_run_job_named check (job ~ '^[a-z][a-z0-9-]*$')
);
