-- The audit trail becomes evidence: each row names the client address the request came from, and
-- is sealed into one hash chain, so that a row changed or removed afterwards (by someone who owns
-- the table and can switch its triggers off) shows as a broken link. fi.aso.infrastructure.audit
-- verifies the chain (the verify command and /health/ready) with the same canonical form.
alter table audit_event
    add column source_address varchar(64),
    -- 1, 2, 3, ... in the order rows were sealed (commit order), never a gap
    add column chain_position bigint unique,
    -- sha256 hex of the previous row's chain_hash and this row's canonical form
    add column chain_hash     char(64);

-- The canonical form of a row: every field length-prefixed (bytes of its UTF-8 form), null as
-- '-', so no two different rows read the same. Changing this changes every hash: don't.
create function audit_event_canonical(e audit_event, previous_hash text) returns bytea
    language sql stable
    set search_path = pg_catalog
as $$
    select convert_to(concat_ws('|',
        e.chain_position::text,
        previous_hash,
        e.id::text,
        ((extract(epoch from e.occurred_at) * 1000000)::bigint)::text,
        coalesce(octet_length(convert_to(e.actor, 'UTF8')) || ':' || e.actor, '-'),
        coalesce(octet_length(convert_to(e.action, 'UTF8')) || ':' || e.action, '-'),
        coalesce(octet_length(convert_to(e.object_type, 'UTF8')) || ':' || e.object_type, '-'),
        coalesce(octet_length(convert_to(e.object_id, 'UTF8')) || ':' || e.object_id, '-'),
        coalesce(e.client_case_id::text, '-'),
        coalesce(octet_length(convert_to(e.purpose, 'UTF8')) || ':' || e.purpose, '-'),
        coalesce(octet_length(convert_to(e.outcome, 'UTF8')) || ':' || e.outcome, '-'),
        coalesce(octet_length(convert_to(e.request_id, 'UTF8')) || ':' || e.request_id, '-'),
        coalesce(octet_length(convert_to(e.source_address, 'UTF8')) || ':' || e.source_address, '-')
    ), 'UTF8')
$$;

-- Seals one row: the next position after the chain's head, and the hash over the head's hash and
-- this row. Runs at commit (a deferred trigger), under a transaction-scoped advisory lock, so
-- that parallel transactions join the one chain in the order they commit, each seeing the head
-- the one before it committed. The lock is held only from the start of the commit to its end:
-- nothing else is waited for while it is held, and a transaction that writes an audit row and
-- then, in a transaction of its own, another one (a refusal) does not wait for itself.
-- The unique chain_position turns any fork (a transaction that reads an old head, e.g. under
-- REPEATABLE READ) into a failed commit rather than two rows at one position.
-- SECURITY DEFINER: it runs as the owner, since the platform's role may not update audit rows.
create function audit_event_seal() returns trigger
    language plpgsql
    security definer
    set search_path = pg_catalog, public
as $$
declare
    head_position bigint;
    head_hash     text;
    sealed        public.audit_event;
begin
    perform pg_advisory_xact_lock(7305000021);
    select chain_position, chain_hash into head_position, head_hash
      from public.audit_event
     where chain_position is not null
     order by chain_position desc
     limit 1;
    sealed := new;
    sealed.chain_position := coalesce(head_position, 0) + 1;
    sealed.chain_hash := encode(sha256(public.audit_event_canonical(
        sealed, coalesce(head_hash, repeat('0', 64)))), 'hex');
    update public.audit_event
       set chain_position = sealed.chain_position, chain_hash = sealed.chain_hash
     where id = new.id;
    return null;
end;
$$;
revoke all on function audit_event_seal() from public;

create constraint trigger audit_event_sealed
    after insert on audit_event
    deferrable initially deferred
    for each row execute function audit_event_seal();

-- A row comes in unsealed: only the seal trigger writes the chain columns.
create function audit_event_arrives_unsealed() returns trigger language plpgsql as $$
begin
    if new.chain_position is not null or new.chain_hash is not null then
        raise exception 'audit_event: the chain columns are written by the seal, not by the insert'
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end;
$$;

create trigger audit_event_unsealed_on_insert
    before insert on audit_event
    for each row execute function audit_event_arrives_unsealed();

-- Still append-only: the one update allowed is the seal's own, from inside the seal trigger
-- (trigger depth 2), filling the chain columns of an unsealed row and nothing else.
create or replace function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and pg_trigger_depth() > 1 then
        if old.chain_position is null and old.chain_hash is null
           and new.chain_position is not null and new.chain_hash is not null
           and (new.id, new.occurred_at, new.actor, new.action, new.object_type, new.object_id,
                new.client_case_id, new.purpose, new.outcome, new.request_id, new.source_address)
               is not distinct from
               (old.id, old.occurred_at, old.actor, old.action, old.object_type, old.object_id,
                old.client_case_id, old.purpose, old.outcome, old.request_id, old.source_address)
        then
            return new;
        end if;
    end if;
    raise exception 'audit_event is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

-- The rows written before today are sealed now, oldest first (as their owner, with the
-- append-only trigger held back meanwhile).
alter table audit_event disable trigger audit_event_no_update_or_delete;
do $$
declare
    e audit_event;
    next_position bigint := 0;
    previous text := repeat('0', 64);
begin
    for e in select * from audit_event order by id loop
        next_position := next_position + 1;
        e.chain_position := next_position;
        previous := encode(sha256(audit_event_canonical(e, previous)), 'hex');
        update audit_event set chain_position = next_position, chain_hash = previous
         where id = e.id;
    end loop;
end;
$$;
alter table audit_event enable trigger audit_event_no_update_or_delete;
