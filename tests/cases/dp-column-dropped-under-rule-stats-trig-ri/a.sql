CREATE TABLE customer (
  id int NOT NULL,
  region text NOT NULL,
  name text NOT NULL,
  legacy_code text NOT NULL DEFAULT '',
  code_len int GENERATED ALWAYS AS (length(legacy_code)) STORED
);
CREATE UNIQUE INDEX customer_ri ON customer (id, legacy_code);
ALTER TABLE customer REPLICA IDENTITY USING INDEX customer_ri;
CREATE STATISTICS customer_code_region (dependencies) ON legacy_code, region FROM customer;
CREATE TABLE customer_log (id int, what text);
CREATE FUNCTION log_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO customer_log VALUES (NEW.id, TG_OP); RETURN NEW; END $$;
CREATE TRIGGER customer_code_changed AFTER UPDATE OF legacy_code, name ON customer
  FOR EACH ROW EXECUTE FUNCTION log_change();
CREATE RULE customer_no_legacy_delete AS ON DELETE TO customer
  WHERE old.legacy_code LIKE 'L%' DO INSTEAD NOTHING;
CREATE PUBLICATION customer_pub FOR TABLE customer (id, legacy_code, name);
