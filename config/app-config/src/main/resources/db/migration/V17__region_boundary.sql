-- The region is a boundary for administrators (issue 11).
--
-- An organisation has a home region: the region that created it. Only the home region's
-- administrators change it (its name, channel, webhook, video room, contact persons and their
-- calendar feeds). Another region starts working with it by asking; an administrator of the home
-- region accepts or refuses the request.
alter table organisation add column home_region_id bigint references region (id);
update organisation o
   set home_region_id = coalesce(
       (select min(ro.region_id) from region_organisation ro where ro.organisation_id = o.id),
       (select min(r.id) from region r));
alter table organisation alter column home_region_id set not null;

create table organisation_share_request (
    id               bigserial    primary key,
    organisation_id  bigint       not null references organisation (id),
    region_id        bigint       not null references region (id),
    status           varchar(10)  not null check (status in ('PENDING', 'ACCEPTED', 'REFUSED')),
    requested_by     varchar(100) not null,
    requested_at     timestamptz  not null,
    decided_by       varchar(100),
    decided_at       timestamptz,
    version          bigint       not null default 0,
    check ((status = 'PENDING') = (decided_at is null))
);
-- one open request per organisation and asking region
create unique index organisation_share_request_open_idx
    on organisation_share_request (organisation_id, region_id) where status = 'PENDING';

-- A partner user acts as one contact person of their organisation.
alter table staff_user add column contact_person_id bigint references contact_person (id);

-- Deliveries belong to the region whose meeting or client they are about: an administrator sees and
-- retries only their own region's.
alter table invitation add column region_id bigint references region (id);
update invitation i set region_id = (select c.region_id from client_case c where c.id = i.case_id);
alter table invitation alter column region_id set not null;

alter table outbound_message add column region_id bigint references region (id);
update outbound_message m
   set region_id = coalesce(
       (select i.region_id from invitation i where i.id = m.invitation_id),
       (select min(c.region_id) from outbound_disclosure d join client_case c on c.id = d.case_id
         where d.outbound_message_id = m.id),
       (select mt.region_id from minutes_copy mc join minutes mi on mi.id = mc.minutes_id
          join meeting mt on mt.id = mi.meeting_id where mc.outbound_message_id = m.id));
create index outbound_message_region_idx on outbound_message (region_id, status);
