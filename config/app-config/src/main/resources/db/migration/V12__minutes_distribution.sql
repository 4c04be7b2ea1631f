-- Minutes copies leave through the same outbox as invitations: a new kind of message, which may
-- carry the copy as a PDF attachment (only where the organisation's channel allows it).
alter table outbound_message drop constraint outbound_message_kind_check;
alter table outbound_message add constraint outbound_message_kind_check check (kind in ('REQUEST', 'CANCEL', 'REMINDER', 'MINUTES'));
alter table outbound_message add column attachment bytea;
alter table outbound_message add column attachment_name varchar(200);
alter table minutes_copy add column contact_person_id bigint references contact_person (id);
