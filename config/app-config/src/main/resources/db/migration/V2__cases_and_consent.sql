-- The partner network's contact persons, client cases with their referral and lifecycle, and
-- the client's consent: which organisations may receive which categories of information.

alter table organisation
    add column preferred_channel varchar(20) not null default 'EMAIL'
        check (preferred_channel in ('EMAIL', 'WEBHOOK', 'SECURE_EMAIL'));

-- yhdyshenkilö: a named contact person of an organisation, with an optional deputy
create table contact_person (
    id               bigserial primary key,
    organisation_id  bigint       not null references organisation (id),
    name             varchar(200) not null,
    email            varchar(320) not null,
    phone            varchar(40),
    deputy_id        bigint references contact_person (id),
    active           boolean      not null default true,
    version          bigint       not null default 0
);
create index contact_person_organisation_idx on contact_person (organisation_id);

create table client_case (
    id                    bigserial primary key,
    region_id             bigint       not null references region (id),
    reference             varchar(20)  not null unique,
    full_name             varchar(200) not null,
    date_of_birth         date         not null,
    -- the personal identity code: a keyed hash to find duplicates, and the code itself
    -- encrypted; neither is ever shown in a list
    pic_hash              varchar(64),
    pic_encrypted         varchar(200),
    client_kind           varchar(20)  not null check (client_kind in ('PRISONER', 'PROBATION_CLIENT')),
    institution_id        bigint       not null references organisation (id),
    expected_release_date date,
    case_worker_id        bigint       not null references staff_user (id),
    chair_id              bigint       references staff_user (id),
    state                 varchar(30)  not null check (state in (
                              'REFERRED', 'CONSENT_PENDING', 'READY_FOR_MEETING', 'SCHEDULED',
                              'DISCUSSED', 'FOLLOW_UP', 'CLOSED', 'CONSENT_REFUSED', 'CONSENT_WITHDRAWN')),
    -- the referral (the case worker's mapping); each field belongs to one consent category
    previous_housing      text,
    wishes                text,
    housing_skills        text,
    rent_arrears          text,
    credit_record         text,
    substance_use         text,
    other_support_needs   text,
    referred_at           timestamptz  not null default now(),
    version               bigint       not null default 0
);
create unique index client_case_pic_hash_idx on client_case (region_id, pic_hash) where pic_hash is not null;
create index client_case_region_release_idx on client_case (region_id, expected_release_date);

create table case_state_change (
    id          bigserial primary key,
    case_id     bigint       not null references client_case (id),
    from_state  varchar(30),
    to_state    varchar(30)  not null,
    changed_at  timestamptz  not null default now(),
    changed_by  varchar(100) not null,
    reason      varchar(500)
);
create index case_state_change_case_idx on case_state_change (case_id, changed_at);

-- One consent version: what the client allowed, how and when. A new version supersedes the
-- previous one; withdrawal ends a version (wholly) or one recipient of it.
create table consent (
    id              bigserial primary key,
    case_id         bigint       not null references client_case (id),
    version_no      int          not null,
    method          varchar(20)  not null check (method in ('ELECTRONIC', 'PAPER')),
    text_version    varchar(40)  not null,
    given_at        timestamptz  not null,
    valid_until     date         not null,
    recorded_by     varchar(100) not null,
    superseded_at   timestamptz,
    withdrawn_at    timestamptz,
    withdrawn_by    varchar(100),
    unique (case_id, version_no)
);

create table consent_recipient (
    id               bigserial primary key,
    consent_id       bigint      not null references consent (id),
    organisation_id  bigint      not null references organisation (id),
    withdrawn_at     timestamptz,
    withdrawn_by     varchar(100),
    unique (consent_id, organisation_id)
);

create table consent_recipient_category (
    recipient_id  bigint      not null references consent_recipient (id),
    category      varchar(40) not null check (category in (
                      'IDENTITY_AND_RELEASE', 'HOUSING_HISTORY_AND_WISHES', 'RENT_ARREARS_AND_CREDIT',
                      'SUBSTANCE_USE_AND_HEALTH', 'OTHER_SUPPORT_NEEDS')),
    primary key (recipient_id, category)
);
