-- The scanned, signed paper consent form of a consent version, sealed with AES-256-GCM by the
-- application (never stored in the clear, never under the web root).
create table consent_document (
    id            bigserial primary key,
    consent_id    bigint       not null unique references consent (id),
    file_name     varchar(200) not null,
    content_type  varchar(100) not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes    int          not null,
    sha256        varchar(64)  not null,
    sealed        bytea        not null,
    uploaded_by   varchar(100) not null,
    uploaded_at   timestamptz  not null
);
