-- One-time invitations for a client to give consent electronically: a link token and a short
-- code, both stored only as hashes; limited in time, usable once, locked after failed codes.
create table consent_invitation (
    id               bigserial primary key,
    case_id          bigint       not null references client_case (id),
    token_hash       varchar(64)  not null unique,
    code_hash        varchar(64)  not null,
    language         varchar(2)   not null check (language in ('fi', 'sv', 'en')),
    consent_valid_until date      not null,
    created_by       varchar(100) not null,
    created_at       timestamptz  not null,
    expires_at       timestamptz  not null,
    failed_attempts  int          not null default 0,
    used_at          timestamptz,
    consent_id       bigint references consent (id),
    version          bigint       not null default 0
);
create index consent_invitation_case_idx on consent_invitation (case_id);

create table consent_invitation_proposal (
    invitation_id    bigint      not null references consent_invitation (id),
    organisation_id  bigint      not null references organisation (id),
    category         varchar(40) not null check (category in (
                         'IDENTITY_AND_RELEASE', 'HOUSING_HISTORY_AND_WISHES', 'RENT_ARREARS_AND_CREDIT',
                         'SUBSTANCE_USE_AND_HEALTH', 'OTHER_SUPPORT_NEEDS')),
    primary key (invitation_id, organisation_id, category)
);

alter table consent add column confirmed_name varchar(200);
