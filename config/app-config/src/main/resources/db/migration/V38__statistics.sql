-- The statistics store (issue 17 part 3): anonymous facts from which the indicators are counted
-- (fi.aso.domain.statistics.Indicator), kept when the retention job forgets a case.
--
-- A fact says that something happened in a region on a day to a client of a group (prisoner or
-- probation client, short sentence or not), with only what an indicator counts: a method, an
-- organisation, a form of housing, an outcome, yes/no, a number of days. No names, identity codes,
-- free text, birth dates, case ids or references. The facts of one case share a random fact key so
-- that "first consent of a case" can be counted; while the case is live the key is found through
-- statistics_case_key, and when the retention job anonymises the case that row is deleted, so that
-- nothing leads from the facts back to the case any more.
--
-- Written as the events happen: every change of the tables the facts come from marks its case in
-- statistics_pending (a row trigger), and at the commit of that transaction a deferred trigger
-- writes the case's facts again from its live data (statistics_project), in the same transaction
-- as the event, whichever service, page, API call or import made it. A moved release date is also
-- kept as an event of its own (RELEASE_MOVED), which live data does not remember and a rebuild
-- therefore keeps.
--
-- Rebuilt by a command: select statistics_rebuild(); (also POST /api/v1/statistics/rebuild) writes
-- the facts of every live case again from its data, keeps the RELEASE_MOVED events, and keeps the
-- facts of forgotten cases as they are (their key leads nowhere, and their data is gone).

create table statistics_case_key (
    case_id   bigint primary key references client_case (id) on delete cascade,
    fact_key  uuid   not null unique default gen_random_uuid()
);

create table statistics_fact (
    id                      bigserial    primary key,
    fact_key                uuid         not null,
    region_id               bigint       not null references region (id),
    kind                    varchar(30)  not null check (kind in ('REFERRED', 'CONSENT_GIVEN',
                                'CONSENT_REFUSED', 'CONSENT_WITHDRAWN', 'MEETING_HELD', 'INVITED',
                                'ANSWERED', 'ATTENDED', 'ATTENDED_BY_VIDEO', 'ACTION_AGREED',
                                'ACTION_DONE', 'ACTION_NOT_POSSIBLE', 'ACTION_OPEN', 'RELEASED',
                                'FOLLOW_UP_3', 'FOLLOW_UP_6', 'FOLLOW_UP_12', 'CASE_CLOSED',
                                'RELEASE_MOVED')),
    -- the day of the event in Finnish time
    day                     date         not null,
    client_kind             varchar(20)  not null check (client_kind in ('PRISONER', 'PROBATION_CLIENT')),
    -- a prisoner referred less than 90 days before the expected release
    short_sentence          boolean      not null,
    method                  varchar(12)  check (method in ('ELECTRONIC', 'PAPER')),
    organisation_id         bigint,
    housing_form            varchar(30),
    outcome                 varchar(30),
    housed                  boolean,
    meeting_before_release  boolean,
    -- the kind's days-between figure (Indicator says which)
    days                    int,
    days_to_release         int
);
create index statistics_fact_region_day on statistics_fact (region_id, day);
create index statistics_fact_key on statistics_fact (fact_key);

-- cases changed in the running transaction, written at its commit
create table statistics_pending (
    case_id  bigint primary key
);

create function statistics_day(at timestamptz) returns date language sql immutable as
$$ select (at at time zone 'Europe/Helsinki')::date $$;

-- the client's slots on a meeting that was held: not cancelled, and its day recorded (the slot's
-- record or anyone's attendance)
create function statistics_held_slots(p_case bigint)
    returns table (slot_id bigint, day date) language sql stable as
$$
select s.id, statistics_day(m.starts_at)
  from client_slot s join meeting m on m.id = s.meeting_id
 where s.case_id = p_case and m.status <> 'CANCELLED'
   and (exists (select 1 from slot_record r where r.slot_id = s.id)
        or exists (select 1 from slot_invitee i where i.slot_id = s.id and i.attendance is not null))
$$;

create function statistics_project(p_case bigint, p_even_forgotten boolean default false)
    returns void language plpgsql as
$$
declare
    c         client_case%rowtype;
    k         uuid;
    referred  date;
    short     boolean;
begin
    select * into c from client_case where id = p_case;
    if not found then
        return;
    end if;
    if c.anonymised_at is not null and not p_even_forgotten then
        -- forgotten: its facts stay as they were written, and nothing leads to them any more
        delete from statistics_case_key where case_id = p_case;
        return;
    end if;
    insert into statistics_case_key (case_id) values (p_case) on conflict do nothing;
    select fact_key into k from statistics_case_key where case_id = p_case;
    delete from statistics_fact where fact_key = k and kind <> 'RELEASE_MOVED';
    referred := statistics_day(c.referred_at);
    short := c.client_kind = 'PRISONER' and c.expected_release_date is not null
             and c.expected_release_date - referred < 90;

    insert into statistics_fact (fact_key, region_id, kind, day, client_kind, short_sentence, days)
    values (k, c.region_id, 'REFERRED', referred, c.client_kind, short, c.expected_release_date - referred);

    -- a consent version naming someone is given; naming no one is refused, or withdrawn if an
    -- earlier version named someone
    insert into statistics_fact (fact_key, region_id, kind, day, client_kind, short_sentence, method, days)
    select k, c.region_id,
           case when exists (select 1 from consent_recipient r where r.consent_id = v.id) then 'CONSENT_GIVEN'
                when exists (select 1 from consent p join consent_recipient pr on pr.consent_id = p.id
                              where p.case_id = p_case and p.version_no < v.version_no) then 'CONSENT_WITHDRAWN'
                else 'CONSENT_REFUSED' end,
           statistics_day(v.given_at), c.client_kind, short, v.method, statistics_day(v.given_at) - referred
      from consent v where v.case_id = p_case;

    -- withdrawn wholly, or for one organisation; the client's own withdrawal is electronic
    insert into statistics_fact (fact_key, region_id, kind, day, client_kind, short_sentence, method, organisation_id)
    select k, c.region_id, 'CONSENT_WITHDRAWN', statistics_day(w.at), c.client_kind, short,
           case when w.by like 'client%' then 'ELECTRONIC' else 'PAPER' end, w.organisation_id
      from (select v.withdrawn_at as at, v.withdrawn_by as by, null::bigint as organisation_id
              from consent v where v.case_id = p_case and v.withdrawn_at is not null
            union all
            select r.withdrawn_at, r.withdrawn_by, r.organisation_id
              from consent_recipient r join consent v on v.id = r.consent_id
             where v.case_id = p_case and r.withdrawn_at is not null
               and r.withdrawn_at is distinct from v.withdrawn_at) w;

    insert into statistics_fact (fact_key, region_id, kind, day, client_kind, short_sentence, days, days_to_release)
    select k, c.region_id, 'MEETING_HELD', h.day, c.client_kind, short, h.day - referred,
           c.expected_release_date - h.day
      from statistics_held_slots(p_case) h;

    -- the partners invited to the held slots, and who answered, came, came by video
    insert into statistics_fact (fact_key, region_id, kind, day, client_kind, short_sentence, organisation_id)
    select k, c.region_id, x.kind, h.day, c.client_kind, short, i.organisation_id
      from statistics_held_slots(p_case) h
      join slot_invitee i on i.slot_id = h.slot_id and i.kind = 'PARTNER' and i.removed_at is null
      join (values ('INVITED'), ('ANSWERED'), ('ATTENDED'), ('ATTENDED_BY_VIDEO')) x(kind)
        on x.kind = 'INVITED'
        or (x.kind = 'ANSWERED' and i.answer <> 'NEEDS_ACTION')
        or (x.kind = 'ATTENDED' and i.attendance in ('PRESENT', 'VIDEO'))
        or (x.kind = 'ATTENDED_BY_VIDEO' and i.attendance = 'VIDEO');

    -- actions: agreed (the day made), done (the day, and days late: > 0 is late), not possible,
    -- open (on the day due: overdue once that day has passed)
    insert into statistics_fact (fact_key, region_id, kind, day, client_kind, short_sentence, organisation_id)
    select k, c.region_id, 'ACTION_AGREED', statistics_day(a.created_at), c.client_kind, short, a.organisation_id
      from action_item a where a.case_id = p_case;
    insert into statistics_fact (fact_key, region_id, kind, day, client_kind, short_sentence, organisation_id, days)
    select k, c.region_id,
           case a.status when 'DONE' then 'ACTION_DONE' when 'CANNOT_BE_DONE' then 'ACTION_NOT_POSSIBLE'
                else 'ACTION_OPEN' end,
           case when a.status in ('DONE', 'CANNOT_BE_DONE')
                then statistics_day(coalesce(a.updated_at, a.created_at)) else a.due_date end,
           c.client_kind, short, a.organisation_id,
           case when a.status = 'DONE' then statistics_day(coalesce(a.updated_at, a.created_at)) - a.due_date end
      from action_item a where a.case_id = p_case;

    -- the situation at release, and 3, 6 and 12 months after, as the group recorded it
    insert into statistics_fact (fact_key, region_id, kind, day, client_kind, short_sentence, housed,
                                 housing_form, meeting_before_release)
    select k, c.region_id,
           case p.label when 'AT_RELEASE' then 'RELEASED' when 'MONTHS_3' then 'FOLLOW_UP_3'
                        when 'MONTHS_6' then 'FOLLOW_UP_6' else 'FOLLOW_UP_12' end,
           p.due_date, c.client_kind, short,
           case p.label when 'AT_RELEASE' then coalesce(p.housed_before_release, false)
                        else coalesce(p.still_housed, false) end,
           case when p.label = 'AT_RELEASE' then
                case when coalesce(p.housed_before_release, false) then coalesce(p.housing_form, 'OTHER')
                     else 'NONE' end end,
           case when p.label = 'AT_RELEASE' then
                exists (select 1 from statistics_held_slots(p_case) h where h.day <= p.due_date) end
      from follow_up_point p where p.case_id = p_case and p.recorded_at is not null;

    if c.state = 'CLOSED' then
        insert into statistics_fact (fact_key, region_id, kind, day, client_kind, short_sentence, outcome)
        select k, c.region_id, 'CASE_CLOSED',
               coalesce((select statistics_day(max(changed_at)) from case_state_change
                          where case_id = p_case and to_state = 'CLOSED'), current_date),
               c.client_kind, short, coalesce(c.outcome, 'OTHER');
    end if;
end
$$;

-- the command: the facts of every live case written again; forgotten cases' facts are kept
create function statistics_rebuild() returns integer language plpgsql as
$$
declare
    n integer := 0;
    c bigint;
begin
    for c in select id from client_case where anonymised_at is null order by id loop
        perform statistics_project(c);
        n := n + 1;
    end loop;
    -- a forgotten case's key, should one be left, goes too
    delete from statistics_case_key k using client_case c
     where c.id = k.case_id and c.anonymised_at is not null;
    return n;
end
$$;

create function statistics_touched() returns trigger language plpgsql as
$$
declare
    r  record;
    id bigint;
begin
    if tg_op = 'DELETE' then
        r := old;
    else
        r := new;
    end if;
    if tg_table_name = 'client_case' then
        id := r.id;
        if tg_op = 'UPDATE' and old.expected_release_date is not null
           and new.expected_release_date is not null
           and old.expected_release_date <> new.expected_release_date
           and new.anonymised_at is null then
            perform statistics_release_moved(new.id, new.expected_release_date - old.expected_release_date);
        end if;
    elsif tg_table_name = 'consent_recipient' then
        select case_id into id from consent where consent.id = r.consent_id;
    elsif tg_table_name in ('slot_invitee', 'slot_record') then
        select case_id into id from client_slot where client_slot.id = r.slot_id;
    elsif tg_table_name = 'meeting' then
        insert into statistics_pending (case_id)
        select distinct s.case_id from client_slot s where s.meeting_id = r.id
        on conflict do nothing;
        return null;
    else
        id := r.case_id;
    end if;
    if id is not null then
        insert into statistics_pending (case_id) values (id) on conflict do nothing;
    end if;
    return null;
end
$$;

-- a moved release date, kept as an event of its own (days: how far it moved)
create function statistics_release_moved(p_case bigint, p_days integer) returns void language plpgsql as
$$
begin
    perform statistics_project(p_case);
    insert into statistics_fact (fact_key, region_id, kind, day, client_kind, short_sentence, days)
    select k.fact_key, c.region_id, 'RELEASE_MOVED', statistics_day(now()), c.client_kind,
           c.client_kind = 'PRISONER' and c.expected_release_date - statistics_day(c.referred_at) < 90,
           p_days
      from client_case c join statistics_case_key k on k.case_id = c.id
     where c.id = p_case;
end
$$;

create function statistics_write_pending() returns trigger language plpgsql as
$$
begin
    perform statistics_project(new.case_id);
    delete from statistics_pending where case_id = new.case_id;
    return null;
end
$$;

create constraint trigger statistics_at_commit after insert on statistics_pending
    deferrable initially deferred for each row execute function statistics_write_pending();

create trigger statistics_touched after insert or update or delete on client_case
    for each row execute function statistics_touched();
create trigger statistics_touched after insert or update or delete on consent
    for each row execute function statistics_touched();
create trigger statistics_touched after insert or update or delete on consent_recipient
    for each row execute function statistics_touched();
create trigger statistics_touched after insert or update or delete on client_slot
    for each row execute function statistics_touched();
create trigger statistics_touched after insert or update or delete on slot_invitee
    for each row execute function statistics_touched();
create trigger statistics_touched after insert or update or delete on slot_record
    for each row execute function statistics_touched();
create trigger statistics_touched after update of status, starts_at on meeting
    for each row execute function statistics_touched();
create trigger statistics_touched after insert or update or delete on action_item
    for each row execute function statistics_touched();
create trigger statistics_touched after insert or update or delete on follow_up_point
    for each row execute function statistics_touched();
create trigger statistics_touched after insert or update or delete on case_state_change
    for each row execute function statistics_touched();

-- the facts of the cases there already are; a case the retention job forgot before this migration
-- is counted from what its anonymised row still has (none of it is what was removed), then unlinked
do $backfill$
declare
    c record;
begin
    for c in select id, anonymised_at from client_case order by id loop
        perform statistics_project(c.id, true);
        if c.anonymised_at is not null then
            delete from statistics_case_key where case_id = c.id;
        end if;
    end loop;
end
$backfill$;
