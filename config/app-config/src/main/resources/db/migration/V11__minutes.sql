-- Minutes (muistio) of a meeting: versions that go draft -> reviewed -> approved. The content is
-- the structured record frozen as JSON when the version was made, so approved minutes never
-- change; a correction is a new version. Each copy sent to a participant is recorded.

create table minutes (
    id             bigserial    primary key,
    meeting_id     bigint       not null references meeting (id),
    version_no     int          not null,
    state          varchar(10)  not null check (state in ('DRAFT', 'REVIEWED', 'APPROVED')),
    content        text         not null,
    created_by     varchar(100) not null,
    created_at     timestamptz  not null,
    reviewed_by    varchar(100),
    reviewed_at    timestamptz,
    approved_by    varchar(100),
    approved_at    timestamptz,
    version        bigint       not null default 0,
    unique (meeting_id, version_no)
);

create table minutes_copy (
    id                   bigserial     primary key,
    minutes_id           bigint        not null references minutes (id),
    recipient            varchar(320)  not null,
    organisation_id      bigint        references organisation (id),
    case_ids             varchar(1000) not null,
    categories           varchar(300),
    outbound_message_id  bigint        references outbound_message (id),
    created_at           timestamptz   not null
);
create index minutes_copy_minutes_idx on minutes_copy (minutes_id);
