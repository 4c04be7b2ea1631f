-- A one-time link can also let the client withdraw their consent themselves (wholly or for some
-- agencies). Such a link proposes nothing: the page lists the agencies of the consent in force.
alter table consent_invitation add column purpose varchar(10) not null default 'GIVE'
    check (purpose in ('GIVE', 'WITHDRAW'));
