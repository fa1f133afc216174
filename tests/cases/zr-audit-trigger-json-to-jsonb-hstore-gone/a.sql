CREATE EXTENSION IF NOT EXISTS hstore;
CREATE SCHEMA audit;
CREATE TABLE audit.logged_actions (
  event_id bigserial PRIMARY KEY,
  schema_name text NOT NULL,
  table_name text NOT NULL,
  relid oid NOT NULL,
  session_user_name text,
  action_tstamp_tx timestamptz NOT NULL,
  transaction_id bigint,
  client_query text,
  action text NOT NULL CHECK (action IN ('I','D','U','T')),
  row_data json,
  changed_fields json,
  statement_only boolean NOT NULL
);
CREATE INDEX logged_actions_relid_idx ON audit.logged_actions (relid);
CREATE INDEX logged_actions_action_tstamp_tx_stm_idx ON audit.logged_actions (action_tstamp_tx);
CREATE INDEX logged_actions_action_idx ON audit.logged_actions (action);
CREATE FUNCTION audit.if_modified_func() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $body$
DECLARE
  audit_row audit.logged_actions;
  excluded_cols text[] = ARRAY[]::text[];
BEGIN
  audit_row = ROW(nextval('audit.logged_actions_event_id_seq'), TG_TABLE_SCHEMA::text, TG_TABLE_NAME::text, TG_RELID,
    session_user::text, current_timestamp, txid_current(), current_query(), substring(TG_OP,1,1), NULL, NULL, 'f');
  IF TG_ARGV[1] IS NOT NULL THEN excluded_cols = TG_ARGV[1]::text[]; END IF;
  IF (TG_OP = 'UPDATE' AND TG_LEVEL = 'ROW') THEN
    audit_row.row_data = hstore_to_json(hstore(OLD.*) - excluded_cols);
    audit_row.changed_fields = hstore_to_json((hstore(NEW.*) - hstore(OLD.*)) - excluded_cols);
    IF audit_row.changed_fields::text = '{}' THEN RETURN NULL; END IF;
  ELSIF (TG_OP = 'DELETE' AND TG_LEVEL = 'ROW') THEN
    audit_row.row_data = hstore_to_json(hstore(OLD.*) - excluded_cols);
  ELSIF (TG_OP = 'INSERT' AND TG_LEVEL = 'ROW') THEN
    audit_row.row_data = hstore_to_json(hstore(NEW.*) - excluded_cols);
  ELSE
    audit_row.statement_only = 't';
  END IF;
  INSERT INTO audit.logged_actions VALUES (audit_row.*);
  RETURN NULL;
END;
$body$;
CREATE TABLE public.users (id int PRIMARY KEY, email text NOT NULL, password_digest text);
CREATE TRIGGER audit_trigger_row AFTER INSERT OR UPDATE OR DELETE ON public.users FOR EACH ROW EXECUTE FUNCTION audit.if_modified_func('true', '{password_digest}');
CREATE TRIGGER audit_trigger_stm AFTER TRUNCATE ON public.users FOR EACH STATEMENT EXECUTE FUNCTION audit.if_modified_func('true');
CREATE VIEW audit.tableslist AS
  SELECT DISTINCT triggers.trigger_schema AS schema, triggers.event_object_table AS auditedtable
  FROM information_schema.triggers WHERE triggers.trigger_name::text IN ('audit_trigger_row', 'audit_trigger_stm');
