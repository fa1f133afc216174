CREATE TABLE customer (
  id int NOT NULL,
  region text NOT NULL,
  name text NOT NULL
);
CREATE UNIQUE INDEX customer_ri ON customer (id);
ALTER TABLE customer REPLICA IDENTITY USING INDEX customer_ri;
CREATE STATISTICS customer_code_region (dependencies) ON name, region FROM customer;
CREATE TABLE customer_log (id int, what text);
CREATE FUNCTION log_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO customer_log VALUES (NEW.id, TG_OP); RETURN NEW; END $$;
CREATE TRIGGER customer_code_changed AFTER UPDATE OF name ON customer
  FOR EACH ROW EXECUTE FUNCTION log_change();
CREATE RULE customer_no_legacy_delete AS ON DELETE TO customer
  WHERE old.name LIKE 'L%' DO INSTEAD NOTHING;
CREATE PUBLICATION customer_pub FOR TABLE customer (id, name);
