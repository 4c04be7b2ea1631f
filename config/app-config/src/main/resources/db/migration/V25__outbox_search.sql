-- The administrator's delivery search lists a region's messages newest first, a page at a time.
create index outbound_message_region_created_idx on outbound_message (region_id, created_at desc, id desc);
