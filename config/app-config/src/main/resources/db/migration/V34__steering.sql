-- The region's service map, parts 2-4 (issue 20): steering in the meeting and the referral's path.
--
-- In the joint assessment the group records the client's needs as kinds of service (the catalogue's
-- ServiceKind); the region's services of those kinds are proposed, and choosing one makes a
-- referral to it: an action for its provider (the action list's line) and the referral's own path,
-- updated by the provider. The needs and the referrals together say which needs a region could not
-- meet (the holes view), counted per kind, so no client's data is needed for that.
create table service_need (
    id           bigserial     primary key,
    slot_id      bigint        not null references client_slot (id) on delete cascade,
    case_id      bigint        not null references client_case (id),
    kind         varchar(40)   not null,
    recorded_by  varchar(100)  not null,
    recorded_at  timestamptz   not null,
    unique (slot_id, kind)
);
create index service_need_case_idx on service_need (case_id);

create table service_referral (
    id           bigserial     primary key,
    case_id      bigint        not null references client_case (id),
    slot_id      bigint        references client_slot (id) on delete set null,
    service_id   bigint        not null references service (id),
    kind         varchar(40)   not null,
    action_id    bigint        not null references action_item (id),
    state        varchar(12)   not null default 'REFERRED'
                 check (state in ('REFERRED', 'ACCEPTED', 'STARTED', 'DECLINED', 'ENDED')),
    reason       text,
    created_by   varchar(100)  not null,
    created_at   timestamptz   not null,
    updated_by   varchar(100),
    updated_at   timestamptz,
    version      bigint        not null default 0,
    check (state <> 'DECLINED' or reason is not null)
);
create index service_referral_case_idx on service_referral (case_id);
create index service_referral_service_idx on service_referral (service_id);
-- one live referral per client and service: a second click refers nobody twice
create unique index service_referral_open_idx on service_referral (case_id, service_id)
    where state in ('REFERRED', 'ACCEPTED', 'STARTED');

-- what the referral may carry, as the consent policy decided when it was made (the service's needs
-- that the client's consent allows its provider)
create table service_referral_category (
    referral_id  bigint       not null references service_referral (id) on delete cascade,
    category     varchar(40)  not null,
    primary key (referral_id, category)
);
