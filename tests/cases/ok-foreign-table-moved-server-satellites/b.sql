-- A foreign table moves to a server of another wrapper (there is no ALTER ... SERVER): it is
-- re-created and must take along its trigger, extended statistics, column grants, column and
-- table comments, column options, and the view built over it.
CREATE EXTENSION postgres_fdw;
CREATE EXTENSION file_fdw;
CREATE SERVER legacy FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'legacy.internal', dbname 'erp');
CREATE USER MAPPING FOR CURRENT_USER SERVER legacy OPTIONS (user 'erp_ro', password 'x');
CREATE USER MAPPING FOR PUBLIC SERVER legacy OPTIONS (user 'erp_guest');
CREATE SERVER exports FOREIGN DATA WRAPPER file_fdw;
CREATE FOREIGN TABLE orders_remote (
  id bigint NOT NULL,
  customer text OPTIONS (force_not_null 'true'),
  total numeric(12,2),
  placed_at timestamptz
) SERVER exports OPTIONS (filename '/srv/exports/orders.csv', format 'csv', header 'true');
COMMENT ON FOREIGN TABLE orders_remote IS 'orders from the nightly export';
COMMENT ON COLUMN orders_remote.total IS 'gross';
GRANT SELECT (id, total) ON orders_remote TO app_reader;
CREATE STATISTICS orders_remote_cust_total (ndistinct) ON customer, total FROM orders_remote;
CREATE FUNCTION orders_remote_guard() RETURNS trigger LANGUAGE plpgsql AS
  $$ BEGIN IF NEW.total < 0 THEN RAISE EXCEPTION 'negative'; END IF; RETURN NEW; END $$;
CREATE TRIGGER orders_remote_guard BEFORE INSERT OR UPDATE ON orders_remote
  FOR EACH ROW EXECUTE FUNCTION orders_remote_guard();
CREATE VIEW big_orders AS SELECT id, customer FROM orders_remote WHERE total > 1000;
GRANT SELECT ON big_orders TO app_reader;
