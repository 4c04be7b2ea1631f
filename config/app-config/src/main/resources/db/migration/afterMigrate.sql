-- Flyway runs this after every migration run, as the role that ran the migrations (the schema's
-- owner, aso.db.owner-user). The platform itself runs as another role, ${app_role}: it may read
-- and change the platform's tables, but the audit trail only insert and read. It owns nothing, so
-- it cannot ALTER a table, DISABLE TRIGGER or drop one, and the audit trail's triggers hold for it.
--
-- A callback rather than a versioned migration: it is applied again on every start, so a
-- database whose migrations once ran as the platform's role, a renamed role or a grant added by
-- hand are brought back to this state. Tables made by later migrations get the same rights through
-- the default privileges.
do $grants$
declare
    app text := '${app_role}';
begin
    if app = current_user then
        -- one role for everything (no owner user configured): there is nothing to separate
        return;
    end if;
    execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
    execute format('grant usage, select on all sequences in schema public to %I', app);
    execute format('alter default privileges in schema public'
                   ' grant select, insert, update, delete on tables to %I', app);
    execute format('alter default privileges in schema public'
                   ' grant usage, select on sequences to %I', app);
    -- the migration history is the owner's business
    execute format('revoke all on flyway_schema_history from %I', app);
    -- append and read, nothing else (no UPDATE, DELETE, TRUNCATE, TRIGGER or REFERENCES)
    execute format('revoke all on audit_event from %I', app);
    execute format('grant select, insert on audit_event to %I', app);
end
$grants$;
