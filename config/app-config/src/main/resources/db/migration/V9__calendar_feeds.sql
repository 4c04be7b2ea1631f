-- A contact person's personal, revocable calendar feed of their upcoming slots (no client names):
-- only a hash of the feed's secret token is kept; a new token revokes the old one.
alter table contact_person add column feed_token_hash varchar(64) unique;
