-- Foundation schema: regions (ASO groups), the partner organisations they work with,
-- staff accounts with roles, and the append-only audit trail.
-- Flyway owns the schema; JPA never generates it.

create table region (
    id          bigserial primary key,
    code        varchar(40)  not null unique,
    name        varchar(200) not null,
    time_zone   varchar(64)  not null default 'Europe/Helsinki',
    created_at  timestamptz  not null default now(),
    version     bigint       not null default 0
);

-- Types follow seed 004's partner network. Kept as text with a check so that a new type is
-- one migration, and the database refuses values the application does not know.
create table organisation (
    id          bigserial primary key,
    name        varchar(200) not null,
    org_type    varchar(40)  not null check (org_type in (
                    'PRISON', 'PROBATION_OFFICE', 'RENTAL_HOUSING_COMPANY', 'MUNICIPAL_HOUSING_OFFICE',
                    'ADULT_SOCIAL_WORK', 'SUBSTANCE_ABUSE_SERVICES', 'MENTAL_HEALTH_SERVICES',
                    'EMPLOYMENT_SERVICES', 'DEBT_COUNSELLING', 'PARISH_DIACONIA', 'NGO', 'OTHER')),
    created_at  timestamptz  not null default now(),
    version     bigint       not null default 0
);

-- An organisation can serve several regions (e.g. a prison that releases to many).
create table region_organisation (
    region_id        bigint not null references region (id),
    organisation_id  bigint not null references organisation (id),
    primary key (region_id, organisation_id)
);

create table staff_user (
    id               bigserial primary key,
    username         varchar(100) not null unique,
    display_name     varchar(200) not null,
    email            varchar(320),
    -- PBKDF2 hash in the format of Jakarta Security's Pbkdf2PasswordHash; null for users
    -- who only sign in through OpenID Connect.
    password_hash    varchar(400),
    preferred_locale varchar(8)   not null default 'fi' check (preferred_locale in ('fi', 'sv', 'en')),
    region_id        bigint references region (id),
    organisation_id  bigint references organisation (id),
    active           boolean      not null default true,
    created_at       timestamptz  not null default now(),
    version          bigint       not null default 0
);

create table staff_user_role (
    staff_user_id  bigint      not null references staff_user (id) on delete cascade,
    role           varchar(20) not null check (role in ('ADMIN', 'CHAIR', 'CASE_WORKER', 'PARTNER')),
    primary key (staff_user_id, role)
);

-- The audit trail answers "who saw or received what about this client, when, and why"
-- (social-welfare client-data act 703/2023). Rows are only ever inserted.
create table audit_event (
    id           bigserial    primary key,
    occurred_at  timestamptz  not null default now(),
    actor        varchar(100) not null,
    action       varchar(40)  not null,
    object_type  varchar(60)  not null,
    object_id    varchar(100),
    client_case_id bigint,
    purpose      varchar(500) not null,
    outcome      varchar(20)  not null default 'SUCCESS' check (outcome in ('SUCCESS', 'DENIED', 'FAILED')),
    request_id   varchar(64)
);
create index audit_event_object_idx on audit_event (object_type, object_id);
create index audit_event_case_idx on audit_event (client_case_id) where client_case_id is not null;
create index audit_event_actor_idx on audit_event (actor, occurred_at);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
