-- Issue 16: an invitation is sent again only for what its calendar shows. What the last REQUEST
-- said about video (null: sent before this was recorded), and which version last asked for an
-- answer (the first, or the last new time; a reply from then on answers the time as it is).
alter table invitation add column sent_video boolean;
alter table invitation add column asked_sequence integer;

-- A counter-proposal (METHOD:COUNTER) and a delegation are kept for the chair, never applied.
alter table inbound_reply drop constraint inbound_reply_outcome_check;
alter table inbound_reply add constraint inbound_reply_outcome_check
    check (outcome in ('APPLIED', 'UNMATCHED', 'UNPARSEABLE', 'WRONG_SENDER', 'COUNTER', 'DELEGATED'));
