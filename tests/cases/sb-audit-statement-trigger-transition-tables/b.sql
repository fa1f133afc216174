CREATE SCHEMA audit;
CREATE TABLE audit.record_version (
  id bigserial PRIMARY KEY,
  table_name text NOT NULL,
  op text NOT NULL,
  n_rows int NOT NULL,
  ts timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE public.orders (id int PRIMARY KEY, status text NOT NULL DEFAULT 'new', total numeric);
CREATE FUNCTION audit.log_ins() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
BEGIN
  INSERT INTO audit.record_version (table_name, op, n_rows) SELECT TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, TG_OP, count(*) FROM new_rows;
  RETURN NULL;
END $$;
CREATE FUNCTION audit.log_upd() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
BEGIN
  INSERT INTO audit.record_version (table_name, op, n_rows)
  SELECT TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, TG_OP || ':' || TG_ARGV[0], count(*) FROM old_rows o JOIN new_rows n USING (id);
  RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION audit.log_upd() FROM PUBLIC;
CREATE TRIGGER orders_audit_ins AFTER INSERT ON public.orders REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION audit.log_ins();
CREATE TRIGGER orders_audit_upd AFTER UPDATE ON public.orders REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION audit.log_upd('v2');
