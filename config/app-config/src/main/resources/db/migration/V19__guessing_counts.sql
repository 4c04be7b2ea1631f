-- Failed guesses, counted where every node sees them (issue 12, "guessing costs"): sign-in per
-- account name as typed and per client address, consent codes per client address. A row is the
-- count of one key; AttemptCounters changes it with single atomic statements, so concurrent tries
-- are counted one by one. Rows are deleted a day after their last failure (unless still locked):
-- the addresses and attempted names in them are kept no longer than that.
create table attempt_counter (
    kind            varchar(20)  not null,
    subject         varchar(200) not null,
    failures        int          not null,
    locks           int          not null default 0,
    last_failure_at timestamptz  not null,
    locked_until    timestamptz,
    primary key (kind, subject)
);

create index attempt_counter_last_failure on attempt_counter (last_failure_at);
