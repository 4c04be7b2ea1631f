-- The chair's "no" to an invitee's proposal of another time (iTIP DECLINECOUNTER) is an outbox
-- message of its own kind.
alter table outbound_message drop constraint outbound_message_kind_check;
alter table outbound_message add constraint outbound_message_kind_check
    check (kind in ('REQUEST', 'CANCEL', 'REMINDER', 'MINUTES', 'DECLINECOUNTER'));
