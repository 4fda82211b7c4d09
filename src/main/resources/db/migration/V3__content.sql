-- Programme content: a lead provider's programme, its modules and weeks, and the pages of each
-- audience in their published order. Every page version keeps its source Markdown as imported, and the
-- structure recognised in it (sections, timed activities, learning intentions) in source order.

create table programme (
    id         bigint generated always as identity primary key,
    slug       varchar(200) not null unique,
    title      varchar(500) not null,
    created_at timestamptz  not null default now()
);

-- A module sits in a year (1 or 2) and a term; both may be unknown until the programme page names them.
create table induction_module (
    id           bigint generated always as identity primary key,
    programme_id bigint       not null references programme (id),
    slug         varchar(200) not null,
    title        varchar(500) not null,
    year         integer,
    term         varchar(16),
    position     integer      not null default 0,
    constraint induction_module_slug_unique unique (programme_id, slug),
    constraint induction_module_year check (year is null or year between 1 and 9),
    constraint induction_module_term check (term is null or term in ('AUTUMN', 'SPRING', 'SUMMER'))
);

-- Week 0 holds the module introduction; weeks are numbered as the provider numbers them.
create table week (
    id        bigint generated always as identity primary key,
    module_id bigint       not null references induction_module (id),
    number    integer      not null,
    title     varchar(500) not null,
    term      varchar(16),
    constraint week_number_unique unique (module_id, number),
    constraint week_term check (term is null or term in ('AUTUMN', 'SPRING', 'SUMMER'))
);

-- Ids of pages and versions are taken in blocks before a batch insert, so an import is a few round trips.
create sequence content_page_id_seq;
create sequence page_version_id_seq;

create table content_page (
    id                 bigint       primary key default nextval('content_page_id_seq'),
    programme_id       bigint       not null references programme (id),
    module_id          bigint references induction_module (id),
    week_id            bigint references week (id),
    source_path        varchar(1000) not null unique,
    url_path           varchar(1100) not null unique,
    kind               varchar(16)  not null,
    part_kind          varchar(32),
    audience           varchar(16)  not null,
    position           integer      not null default 0,
    current_version_id bigint,
    created_at         timestamptz  not null default now(),
    constraint content_page_kind check (kind in ('PROGRAMME', 'MODULE', 'PART')),
    constraint content_page_audience check (audience in ('ECT', 'MENTOR', 'INDUCTION_TUTOR', 'ALL'))
);
create index content_page_module on content_page (module_id);

create table page_version (
    id              bigint       primary key default nextval('page_version_id_seq'),
    page_id         bigint       not null references content_page (id),
    version_number  integer      not null,
    title           varchar(500) not null,
    heading         varchar(500),
    caption         varchar(500),
    stated_minutes  integer,
    previous_title  varchar(500),
    previous_path   varchar(1100),
    next_title      varchar(500),
    next_path       varchar(1100),
    source_markdown text         not null,
    source_sha256   varchar(64)  not null,
    imported_at     timestamptz  not null default now(),
    constraint page_version_number_unique unique (page_id, version_number)
);

alter table content_page add constraint content_page_current_version
    foreign key (current_version_id) references page_version (id) deferrable initially deferred;

-- The ordered parts of a page version. A timed activity is a section of kind ACTIVITY with its minutes;
-- its name is what the agenda shows. audience is set on a module page's per-audience sections.
create table page_section (
    id            bigint generated always as identity primary key,
    version_id    bigint       not null references page_version (id) on delete cascade,
    position      integer      not null,
    kind          varchar(32)  not null,
    heading       text,
    heading_level integer,
    name          text,
    minutes       integer,
    audience      varchar(16),
    week_number   integer,
    body_markdown text         not null,
    body_html     text         not null,
    constraint page_section_kind check (kind in
        ('SECTION', 'LEARNING_INTENTIONS', 'ACTIVITY', 'PREPARATION', 'PLANNING_FOR_ACTION')),
    constraint page_section_minutes check (minutes is null or minutes >= 0)
);
create index page_section_version on page_section (version_id, position);

-- What a page says its reader will learn, linked to a framework statement by code when one is given.
create table learning_intention (
    id               bigint generated always as identity primary key,
    version_id       bigint       not null references page_version (id) on delete cascade,
    section_position integer      not null,
    position         integer      not null,
    kind             varchar(16)  not null,
    stem             text,
    code             varchar(8),
    text             text         not null,
    constraint learning_intention_kind check (kind in ('LEARN_THAT', 'LEARN_HOW_TO'))
);
create index learning_intention_version on learning_intention (version_id, position);
create index learning_intention_code on learning_intention (code);

-- Handouts and other files linked from pages, served at /programmes/<path>.
create table content_asset (
    id           bigint generated always as identity primary key,
    path         varchar(1000) not null unique,
    content_type varchar(200)  not null,
    sha256       varchar(64)   not null,
    bytes        bytea         not null,
    imported_at  timestamptz   not null default now()
);
