CREATE SCHEMA audit;
CREATE TABLE audit.log (
  id bigint GENERATED ALWAYS AS IDENTITY,
  at timestamptz NOT NULL DEFAULT now(),
  table_name text NOT NULL,
  op char(1) NOT NULL CHECK (op IN ('I', 'U', 'D')),
  row_data jsonb,
  PRIMARY KEY (id)
);
CREATE INDEX log_at_idx ON audit.log (at);
CREATE INDEX log_table_idx ON audit.log (table_name, at);
COMMENT ON TABLE audit.log IS 'append only';
CREATE TABLE public.accounts (id serial PRIMARY KEY, email text NOT NULL);
CREATE FUNCTION audit.capture() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO audit.log (table_name, op, row_data) VALUES (TG_TABLE_NAME, left(TG_OP, 1), to_jsonb(coalesce(NEW, OLD)));
  RETURN NULL;
END $$;
CREATE TRIGGER accounts_audit AFTER INSERT OR UPDATE OR DELETE ON public.accounts FOR EACH ROW EXECUTE FUNCTION audit.capture();
CREATE VIEW audit.recent AS SELECT id, at, table_name, op FROM audit.log WHERE at > '2024-01-01';
GRANT SELECT ON audit.log, audit.recent TO app_reader;
GRANT INSERT ON audit.log TO app_writer;
