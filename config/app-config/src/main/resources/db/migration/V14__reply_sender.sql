-- A calendar reply is applied only when it comes from the invited address; one sent from another
-- address (a forwarded invitation) is kept for a human, and every kept reply says why in words.
alter table inbound_reply add column reason varchar(200);
alter table inbound_reply drop constraint inbound_reply_outcome_check;
alter table inbound_reply add constraint inbound_reply_outcome_check
    check (outcome in ('APPLIED', 'UNMATCHED', 'UNPARSEABLE', 'WRONG_SENDER'));
