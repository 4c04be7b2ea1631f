-- When a staff member last opened their home page in an earlier session: the home page marks what
-- changed since then (declines, consent withdrawals) as new.
alter table staff_user add column home_seen_at timestamptz;
