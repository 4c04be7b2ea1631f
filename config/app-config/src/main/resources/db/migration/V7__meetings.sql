-- Meetings of a region's group: a regular series (an iCalendar recurrence rule with exception
-- dates) and the meetings themselves, each hosting client slots with their own invitees.

-- A contact person's calendar (free/busy or event feed URL, set by an administrator) and busy
-- times entered by hand feed the slot finder.
alter table contact_person add column busy_feed_url varchar(1000);
-- A prison's video room: a bookable resource, optionally with a fixed video link of its own.
alter table organisation add column video_room boolean not null default false;
alter table organisation add column video_room_url varchar(1000);

create table meeting_series (
    id          bigserial    primary key,
    region_id   bigint       not null references region (id),
    title       varchar(200) not null,
    rrule       varchar(200) not null,
    first_date  date         not null,
    start_time  time         not null,
    end_time    time         not null,
    place       varchar(300) not null,
    created_by  varchar(100) not null,
    created_at  timestamptz  not null,
    version     bigint       not null default 0,
    check (end_time > start_time)
);

create table meeting_series_exception (
    series_id  bigint not null references meeting_series (id),
    on_date    date   not null,
    primary key (series_id, on_date)
);

create table meeting (
    id          bigserial    primary key,
    region_id   bigint       not null references region (id),
    series_id   bigint       references meeting_series (id),
    starts_at   timestamptz  not null,
    ends_at     timestamptz  not null,
    place       varchar(300) not null,
    video_link  varchar(1000),
    status      varchar(12)  not null default 'PLANNED' check (status in ('PLANNED', 'CANCELLED')),
    created_by  varchar(100) not null,
    created_at  timestamptz  not null,
    version     bigint       not null default 0,
    check (ends_at > starts_at),
    -- generating a series twice must not create the same meeting twice
    unique (series_id, starts_at)
);
create index meeting_region_time_idx on meeting (region_id, starts_at);

create table client_slot (
    id                    bigserial    primary key,
    meeting_id            bigint       not null references meeting (id),
    case_id               bigint       not null references client_case (id),
    starts_at             timestamptz  not null,
    ends_at               timestamptz  not null,
    agenda                text,
    client_attendance     varchar(20)  not null default 'IN_PERSON'
                          check (client_attendance in ('IN_PERSON', 'VIDEO_FROM_PRISON', 'NOT_ATTENDING')),
    -- the prison whose video room is booked for the slot (the client joins from there)
    video_room_id         bigint       references organisation (id),
    -- a meeting after the client's expected release needs a reason, kept with the slot
    after_release_reason  varchar(1000),
    created_by            varchar(100) not null,
    created_at            timestamptz  not null,
    version               bigint       not null default 0,
    check (ends_at > starts_at)
);
create index client_slot_meeting_idx on client_slot (meeting_id);
create index client_slot_case_idx on client_slot (case_id);

create table slot_invitee (
    id                  bigserial    primary key,
    slot_id             bigint       not null references client_slot (id) on delete cascade,
    kind                varchar(20)  not null check (kind in ('PARTNER', 'CASE_WORKER', 'CLIENT')),
    contact_person_id   bigint       references contact_person (id),
    staff_user_id       bigint       references staff_user (id),
    organisation_id     bigint       references organisation (id),
    answer              varchar(12)  not null default 'NEEDS_ACTION'
                        check (answer in ('NEEDS_ACTION', 'ACCEPTED', 'DECLINED', 'TENTATIVE')),
    answered_at         timestamptz,
    removed_at          timestamptz,
    removed_reason      varchar(200),
    joined_by_video_at  timestamptz,
    created_at          timestamptz  not null,
    version             bigint       not null default 0,
    check ((kind = 'PARTNER' and contact_person_id is not null and organisation_id is not null)
        or (kind = 'CASE_WORKER' and staff_user_id is not null)
        or (kind = 'CLIENT'))
);
create index slot_invitee_slot_idx on slot_invitee (slot_id);
create index slot_invitee_contact_idx on slot_invitee (contact_person_id);
create index slot_invitee_organisation_idx on slot_invitee (organisation_id);

-- Busy times entered by hand: a contact person's, a staff member's or a video room's.
create table busy_time (
    id                 bigserial    primary key,
    region_id          bigint       not null references region (id),
    contact_person_id  bigint       references contact_person (id),
    staff_user_id      bigint       references staff_user (id),
    video_room_id      bigint       references organisation (id),
    starts_at          timestamptz  not null,
    ends_at            timestamptz  not null,
    note               varchar(200),
    created_by         varchar(100) not null,
    created_at         timestamptz  not null,
    check (ends_at > starts_at),
    check (num_nonnulls(contact_person_id, staff_user_id, video_room_id) = 1)
);
create index busy_time_time_idx on busy_time (starts_at);
