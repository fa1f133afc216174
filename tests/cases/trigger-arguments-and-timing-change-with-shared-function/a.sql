-- One trigger function with TG_ARGV serves three tables; the triggers' arguments, timing, events
-- and FOR EACH level change, one becomes a deferrable constraint trigger, and the function's body
-- changes.
CREATE TABLE customer (id int PRIMARY KEY, updated_at timestamptz);
CREATE TABLE supplier (id int PRIMARY KEY, updated_at timestamptz);
CREATE TABLE carrier (id int PRIMARY KEY, updated_at timestamptz);
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN IF TG_LEVEL = 'ROW' AND TG_OP <> 'DELETE' THEN NEW.updated_at := now(); RETURN NEW; END IF; RETURN NULL; END $$;
CREATE TRIGGER customer_stamp BEFORE INSERT OR UPDATE ON customer FOR EACH ROW EXECUTE FUNCTION stamp('customer');
CREATE TRIGGER supplier_stamp BEFORE UPDATE ON supplier FOR EACH ROW EXECUTE FUNCTION stamp('supplier', 'x');
CREATE TRIGGER carrier_stamp AFTER INSERT ON carrier FOR EACH ROW EXECUTE FUNCTION stamp();
