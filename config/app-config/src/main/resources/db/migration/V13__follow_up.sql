-- Follow-up after the meeting (issue 6): points in time (at release, 3, 6 and 12 months) at which
-- the client's housing is recorded, and the outcome a case must have before it is closed.
create table follow_up_point (
    id                     bigserial    primary key,
    case_id                bigint       not null references client_case (id),
    label                  varchar(20)  not null check (label in ('AT_RELEASE', 'MONTHS_3', 'MONTHS_6', 'MONTHS_12')),
    due_date               date         not null,
    housed_before_release  boolean,
    how_housed             text,
    housing_form           varchar(30)  check (housing_form in ('INDEPENDENT_RENTAL', 'SUPPORTED_HOUSING',
                               'COMMUNITY_HOUSING', 'SERVICE_HOUSING', 'REHABILITATION_FIRST', 'OTHER')),
    still_housed           boolean,
    note                   text,
    recorded_by            varchar(100),
    recorded_at            timestamptz,
    version                bigint       not null default 0,
    unique (case_id, label)
);

alter table client_case add column outcome varchar(30)
    check (outcome in ('HOUSED', 'HOUSED_WITH_SUPPORT', 'NOT_HOUSED', 'DECLINED', 'MOVED_AWAY', 'OTHER'));
alter table client_case add column outcome_note text;
