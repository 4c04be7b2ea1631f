-- A minutes copy for a contact invited for several clients lists every client's case and the
-- categories of each: four clients with every category did not fit in varchar(300), and nothing was
-- sent to anyone (issue 12). Lists of unbounded length are text.
alter table minutes_copy alter column categories type text;
alter table minutes_copy alter column case_ids type text;
