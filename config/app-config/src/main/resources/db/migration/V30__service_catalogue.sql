-- The region's service map, part 1 (issue 20): what each partner organisation offers.
--
-- A service is an entry of one region's catalogue (the region's group steers clients to it), offered
-- by an organisation of that region's network. Its kind is one of a fixed list (ServiceKind): a need
-- recorded in the joint assessment will be recorded as a kind, and the services of that kind are
-- what the group is offered. The information categories a referral needs are the consent's own
-- categories, so that the consent policy can say what a referral to it may carry.
--
-- A service is retired rather than deleted: referrals made to it will keep pointing at it.
create table service (
    id               bigserial     primary key,
    region_id        bigint        not null references region (id),
    organisation_id  bigint        not null references organisation (id),
    kind             varchar(40)   not null,
    name_fi          varchar(200)  not null,
    name_sv          varchar(200),
    name_en          varchar(200),
    target_group     varchar(1000),
    opening_hours    varchar(500),
    phone            varchar(50),
    email            varchar(200),
    address          varchar(300),
    web_address      varchar(500),
    retired_at       timestamptz,
    version          bigint        not null default 0
);
create index service_region_idx on service (region_id, kind) where retired_at is null;
-- one entry per name and provider in a region's current catalogue; the platform refuses a second
-- one before it gets here, ignoring case (this index is the last guard, exact: the platform's rule
-- is the stricter one, so it never meets this index with a name the rule allowed)
create unique index service_name_idx
    on service (region_id, organisation_id, name_fi) where retired_at is null;

-- how a client gets to the service (referral form, phone, secure mail, on their own ...)
create table service_referral_way (
    service_id  bigint       not null references service (id) on delete cascade,
    way         varchar(30)  not null,
    primary key (service_id, way)
);

-- what a referral to the service needs to carry: the consent's information categories
create table service_information_need (
    service_id  bigint       not null references service (id) on delete cascade,
    category    varchar(40)  not null,
    primary key (service_id, category)
);
