-- A disclosure gate at every exit (issue 11): each outbound message records what it discloses (the
-- recipient organisation, and per client case the consent categories it carries), so that the
-- consent policy can be asked again when the message is sent, not only when it was written. A
-- message the consent no longer allows, a CANCEL of a REQUEST that never went out, and a REQUEST a
-- later message of its invitation replaces are never sent: they become SUPERSEDED, with the reason.
--
-- A message without any disclosure row carries no client data and passes the gate: a test mail, a
-- link-only minutes copy (the link decides again when opened) or an invitation of a staff member
-- (organisation null: staff are not partners, consent does not govern them).

alter table outbound_message add column organisation_id bigint references organisation (id);
alter table outbound_message add column superseded_reason varchar(30);
alter table outbound_message drop constraint outbound_message_status_check;
alter table outbound_message add constraint outbound_message_status_check
    check (status in ('PENDING', 'SENT', 'DEAD', 'SUPERSEDED'));
alter table outbound_message add constraint outbound_message_superseded_reason_check
    check ((status = 'SUPERSEDED') = (superseded_reason is not null));

create table outbound_disclosure (
    outbound_message_id bigint       not null references outbound_message (id) on delete cascade,
    case_id             bigint       not null references client_case (id),
    -- comma-separated InformationCategory names
    categories          varchar(300) not null,
    primary key (outbound_message_id, case_id)
);
create index outbound_disclosure_case_idx on outbound_disclosure (case_id);
create index outbound_message_invitation_idx on outbound_message (invitation_id);

-- Backfill. Invitations, their updates, cancellations and reminders carry the client's case
-- reference and the time: the identity and release date. The organisation only for a partner's
-- invitation (a case worker's names their own organisation, which consent does not govern; one
-- whose invitee is gone is cancelled, and a CANCEL is not asked about consent).
update outbound_message m set organisation_id = i.organisation_id
  from invitation i join slot_invitee si on si.id = i.invitee_id
 where m.invitation_id = i.id and si.kind = 'PARTNER';
insert into outbound_disclosure (outbound_message_id, case_id, categories)
  select m.id, i.case_id, 'IDENTITY_AND_RELEASE'
    from outbound_message m join invitation i on m.invitation_id = i.id;

-- Action reminders (idempotency key 'action:<id>:due:...') carry the case reference and a date.
update outbound_message m set organisation_id = a.organisation_id
  from action_item a
 where m.kind = 'REMINDER' and m.invitation_id is null and m.idempotency_key like 'action:%'
   and a.id = cast(split_part(m.idempotency_key, ':', 2) as bigint);
insert into outbound_disclosure (outbound_message_id, case_id, categories)
  select m.id, a.case_id, 'IDENTITY_AND_RELEASE'
    from outbound_message m
    join action_item a on a.id = cast(split_part(m.idempotency_key, ':', 2) as bigint)
   where m.kind = 'REMINDER' and m.invitation_id is null and m.idempotency_key like 'action:%';

-- Minutes copies: the organisation always; the cases only where the PDF is attached (a link-only
-- copy names no client). The copy's record keeps its categories for all its cases together, not per
-- case, so old rows are backfilled with the identity and release date only, which every copy
-- carries: withdrawing an organisation wholly still stops them.
update outbound_message m set organisation_id = c.organisation_id
  from minutes_copy c where c.outbound_message_id = m.id;
insert into outbound_disclosure (outbound_message_id, case_id, categories)
  select distinct m.id, cast(trim(x.case_id) as bigint), 'IDENTITY_AND_RELEASE'
    from outbound_message m
    join minutes_copy c on c.outbound_message_id = m.id
    cross join lateral unnest(string_to_array(c.case_ids, ',')) as x(case_id)
   where m.attachment is not null and trim(x.case_id) <> '';
