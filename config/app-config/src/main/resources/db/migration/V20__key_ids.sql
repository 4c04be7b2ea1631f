-- Keyed hashes of identity codes carry the id of their hash key ("<key id>:<64 hex>"), so that the
-- hash key can be rotated; hashes from before key ids stay plain hex (key "legacy"). Sealed values
-- (bytea, and pic_encrypted in Base64) carry their key id in a header of their own.
alter table client_case alter column pic_hash type varchar(100);
