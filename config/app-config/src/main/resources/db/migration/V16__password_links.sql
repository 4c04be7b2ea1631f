-- One-time links with which a staff member sets their own password (issue 11): an administrator has
-- one mailed to the account's address; the person opens it and chooses a password. Only a hash of
-- the link's token is stored; a link works once, for 24 hours, and a newer link replaces it.
create table password_link (
    id             bigserial    primary key,
    staff_user_id  bigint       not null references staff_user (id),
    token_hash     varchar(64)  not null unique,
    created_by     varchar(100) not null,
    created_at     timestamptz  not null,
    expires_at     timestamptz  not null,
    used_at        timestamptz
);
create index password_link_user_idx on password_link (staff_user_id);
