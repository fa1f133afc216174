-- A statement trigger with transition tables gets its function from a new audit schema; the
-- old public function is dropped. The log table keeps its serial.
CREATE TABLE stock (sku text PRIMARY KEY, qty int NOT NULL);
CREATE TABLE stock_log (id serial PRIMARY KEY, n int NOT NULL, at timestamptz NOT NULL DEFAULT now());
CREATE FUNCTION log_stock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO stock_log (n) SELECT count(*) FROM new_rows; RETURN NULL; END $$;
CREATE TRIGGER stock_log_t AFTER UPDATE ON stock REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION log_stock();
