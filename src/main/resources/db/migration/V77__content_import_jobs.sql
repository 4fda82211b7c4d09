-- Browser imports and how far each has got. They were kept in the memory of the node that ran them, so a status
-- page served by another node behind the load balancer answered 404. The node that received the upload still runs
-- the import (the files are in its memory) and writes its progress here; any node reads it.
create table content_import_job (
    id         uuid         primary key,
    state      varchar(8)   not null,
    done       integer      not null default 0,
    total      integer      not null default 0,
    stage      varchar(200) not null,
    -- The ImportReport as JSON once the import has run to its end (with or without errors in the files).
    report     jsonb,
    failure    varchar(500),
    started_at timestamptz  not null default now(),
    updated_at timestamptz  not null default now(),
    constraint content_import_job_state check (state in ('WAITING', 'RUNNING', 'FINISHED', 'FAILED')),
    constraint content_import_job_counts check (done >= 0 and total >= 0),
    constraint content_import_job_report_when_finished check ((state = 'FINISHED') = (report is not null)),
    constraint content_import_job_failure_when_failed check ((state = 'FAILED') = (failure is not null))
);

create index content_import_job_started on content_import_job (started_at);
