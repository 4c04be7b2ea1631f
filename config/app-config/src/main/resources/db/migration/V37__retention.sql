-- Retention (issue 17 part 4): how long each kind of client data is kept, per region; a legal hold
-- that keeps a case whatever its period; and the log of what the retention job removed and when.
-- The periods' defaults live in the code (fi.aso.application.retention.RetentionKind) with their
-- legal basis in the README; a row here is a region's own choice.

create table retention_period (
    region_id   bigint      not null references region (id),
    kind        varchar(30) not null check (kind in (
                    'CLOSED_CASE', 'REFUSED_REFERRAL', 'CONSENT_SCAN', 'KEPT_MAIL', 'AUDIT_DETAILS')),
    days        int         not null check (days between 1 and 36500),
    changed_by  varchar(100) not null,
    changed_at  timestamptz not null,
    primary key (region_id, kind)
);

-- A legal hold (a complaint, a claim, a request of an authority) keeps the case from retention.
alter table client_case add column legal_hold_reason varchar(500);
alter table client_case add column legal_hold_by     varchar(100);
alter table client_case add column legal_hold_at     timestamptz;
-- when the retention job replaced the person by a pseudonym (the case row stays: the audit trail
-- and the statistics refer to its id)
alter table client_case add column anonymised_at     timestamptz;

-- One run per period (a day), whatever the number of nodes: the node whose insert comes first
-- runs; the others' inserts of the same day wait for its transaction, then do nothing.
create table retention_run (
    id           bigserial    primary key,
    period_day   date         not null unique,
    node         varchar(100) not null,
    started_at   timestamptz  not null,
    finished_at  timestamptz,
    removed      int          not null default 0
);

-- What went, when and why: kinds, object types and ids, never the content or the person.
create table retention_log (
    id           bigserial    primary key,
    run_id       bigint       not null references retention_run (id),
    -- null: a kept mail that answers no invitation (every region's)
    region_id    bigint       references region (id),
    kind         varchar(30)  not null,
    object_type  varchar(40)  not null,
    object_id    bigint       not null,
    case_id      bigint,
    expired_on   date         not null,
    done_at      timestamptz  not null
);
create index retention_log_run_idx on retention_log (run_id);
create index retention_log_region_idx on retention_log (region_id, done_at);
