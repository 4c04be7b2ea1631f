-- A slot follows its client: when the case's release date or prison changes, each coming slot is
-- flagged for the chair's decision (nothing is re-sent until then). review_release: the slot now
-- lies after the release date and needs a reason again; review_prison: the old prison's video room
-- was released, and the new prison's room is proposed (when it has one and it is free).
alter table client_slot add column review_release boolean not null default false;
alter table client_slot add column review_prison boolean not null default false;
alter table client_slot add column review_since timestamptz;
alter table client_slot add column proposed_video_room_id bigint references organisation (id);
create index client_slot_review_idx on client_slot (review_since) where review_since is not null;
