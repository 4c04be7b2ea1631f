-- The meeting itself (issue 6): per slot, notes on the ASO process's topics, who attended how,
-- the joint assessment and the decisions; the action list (who does what by when).

create table slot_record (
    slot_id         bigint       primary key references client_slot (id) on delete cascade,
    housing_form    varchar(30)  check (housing_form in ('INDEPENDENT_RENTAL', 'SUPPORTED_HOUSING', 'COMMUNITY_HOUSING',
                                     'SERVICE_HOUSING', 'REHABILITATION_FIRST', 'OTHER')),
    support_needed  text,
    decisions       text,
    updated_by      varchar(100),
    updated_at      timestamptz,
    version         bigint       not null default 0
);

create table slot_topic_note (
    slot_id  bigint      not null references slot_record (slot_id) on delete cascade,
    topic    varchar(40) not null check (topic in ('PREVIOUS_HOUSING', 'WISHES', 'HOUSING_SKILLS',
                             'RENT_ARREARS_AND_DISTURBANCES', 'CREDIT_RECORD', 'SUBSTANCE_USE', 'OTHER_SUPPORT_NEEDS')),
    note     text        not null,
    primary key (slot_id, topic)
);

alter table slot_invitee add column attendance varchar(12)
    check (attendance in ('PRESENT', 'VIDEO', 'ABSENT', 'EXCUSED'));
-- an absent agency's written statement
alter table slot_invitee add column statement text;

create table action_item (
    id                 bigserial    primary key,
    slot_id            bigint       references client_slot (id) on delete set null,
    case_id            bigint       not null references client_case (id),
    what               text         not null,
    responsible        varchar(20)  not null check (responsible in ('ORGANISATION', 'CLIENT', 'CASE_WORKER')),
    organisation_id    bigint       references organisation (id),
    contact_person_id  bigint       references contact_person (id),
    due_date           date         not null,
    status             varchar(20)  not null default 'OPEN'
                       check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'CANNOT_BE_DONE')),
    status_note        text,
    created_by         varchar(100) not null,
    created_at         timestamptz  not null,
    updated_by         varchar(100),
    updated_at         timestamptz,
    version            bigint       not null default 0,
    check (responsible <> 'ORGANISATION' or organisation_id is not null)
);
create index action_item_case_idx on action_item (case_id);
create index action_item_organisation_idx on action_item (organisation_id);
create index action_item_due_idx on action_item (due_date) where status in ('OPEN', 'IN_PROGRESS');
