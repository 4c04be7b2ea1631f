-- Invitations and their delivery (issue 5): one invitation per slot invitee with a stable
-- iCalendar UID and a SEQUENCE that grows with every change; a transactional outbox of messages
-- to deliver (written in the same transaction as the change that caused them, delivered by Camel
-- routes); replies that came back.

alter table organisation add column webhook_url varchar(1000);
-- HMAC key for the webhook signature, sealed with the platform's data key (AES-GCM)
alter table organisation add column webhook_secret bytea;

create table invitation (
    id              bigserial    primary key,
    -- null once the slot is gone: the invitation (and its cancellation) outlives it
    invitee_id      bigint       unique references slot_invitee (id) on delete set null,
    slot_id         bigint,
    case_id         bigint       not null references client_case (id),
    organisation_id bigint       references organisation (id),
    uid             varchar(200) not null unique,
    sequence_no     int          not null default 0,
    attendee_email  varchar(320) not null,
    attendee_name   varchar(200) not null,
    channel         varchar(20)  not null check (channel in ('EMAIL', 'WEBHOOK', 'SECURE_EMAIL')),
    -- what the invitee's calendar holds now (the last message sent)
    sent_start      timestamptz,
    sent_end        timestamptz,
    sent_place      varchar(300),
    state           varchar(12)  not null check (state in ('ACTIVE', 'CANCELLED')),
    created_at      timestamptz  not null,
    version         bigint       not null default 0
);
create index invitation_case_idx on invitation (case_id);

create table outbound_message (
    id               bigserial     primary key,
    idempotency_key  varchar(200)  not null unique,
    message_id       varchar(300)  not null unique,
    invitation_id    bigint        references invitation (id),
    kind             varchar(20)   not null check (kind in ('REQUEST', 'CANCEL', 'REMINDER')),
    channel          varchar(20)   not null check (channel in ('EMAIL', 'WEBHOOK', 'SECURE_EMAIL')),
    recipient        varchar(1000) not null,
    subject          varchar(300)  not null,
    body_text        text          not null,
    calendar         text,
    payload          text,
    status           varchar(12)   not null default 'PENDING' check (status in ('PENDING', 'SENT', 'DEAD')),
    attempts         int           not null default 0,
    next_attempt_at  timestamptz   not null,
    claimed_by       varchar(100),
    claimed_until    timestamptz,
    last_error       varchar(1000),
    created_at       timestamptz   not null,
    sent_at          timestamptz
);
create index outbound_message_due_idx on outbound_message (next_attempt_at) where status = 'PENDING';

create table inbound_reply (
    id            bigserial    primary key,
    received_at   timestamptz  not null,
    message_id    varchar(300),
    from_address  varchar(320),
    uid           varchar(200),
    answer        varchar(12),
    outcome       varchar(12)  not null check (outcome in ('APPLIED', 'UNMATCHED', 'UNPARSEABLE')),
    -- kept for a human to read when it could not be applied (sealed: a partner may write anything)
    sealed_raw    bytea,
    handled_at    timestamptz,
    handled_by    varchar(100)
);
