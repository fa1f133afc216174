CREATE TABLE orders (id int GENERATED ALWAYS AS IDENTITY, region text NOT NULL, total numeric, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('eu');
CREATE TABLE orders_other PARTITION OF orders DEFAULT;
CREATE TABLE lines (order_id int, region text, qty int, FOREIGN KEY (order_id, region) REFERENCES orders (id, region));
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.total := coalesce(NEW.total, 0) + 1000; RETURN NEW; END $$;
CREATE TRIGGER orders_stamp BEFORE INSERT ON orders FOR EACH ROW EXECUTE FUNCTION stamp();
