-- Signed-in sessions live here (Spring Session JDBC) rather than in one app node's memory, so that any node
-- behind the load balancer serves any signed-in person, and ending a person's sessions ends them on every node.
-- The layout is Spring Session's own for PostgreSQL (its repository writes these columns by name). Spring
-- Session does not create it: Flyway does, like every other table.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    -- The signed-in person's app_user id (web.SignedInPersonIndex), not their email: an email can change while
    -- they are signed in, and the id is what an account change names.
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id),
    constraint spring_session_principal_is_a_user_id check (principal_name ~ '^[0-9]+$')
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
