-- Minutes one person cannot approve alone (issue 13, item 8): where the region says so, the person
-- who made (last refreshed) a version of the minutes cannot review it, and it is approved only
-- after someone else has reviewed it. On by default, also for the regions that exist already: the
-- administrator of a region with a single chair and no case worker turns it off on the network page.
alter table region add column minutes_second_person boolean not null default true;

-- Who made the version's content as it is now, and when: the creator, or whoever refreshed it from
-- the record since (refreshing is making). The rule above compares the reviewer with this person.
alter table minutes add column prepared_by varchar(100);
alter table minutes add column prepared_at timestamptz;
update minutes set prepared_by = created_by, prepared_at = created_at;
alter table minutes alter column prepared_by set not null;
alter table minutes alter column prepared_at set not null;
