-- A sequence owned by a column of a table that becomes partitioned (recreated)
-- is also the default of another table's column; dropping the old table would
-- drop the owned sequence under the other table's default, and the sequence's
-- position must survive.
CREATE SEQUENCE doc_no;
CREATE TABLE orders (id bigint NOT NULL DEFAULT nextval('doc_no'), placed date NOT NULL, PRIMARY KEY (id, placed))
  PARTITION BY RANGE (placed);
CREATE TABLE orders_all PARTITION OF orders DEFAULT;
ALTER SEQUENCE doc_no OWNED BY orders.id;
CREATE TABLE invoices (id bigint PRIMARY KEY DEFAULT nextval('doc_no'), note text);
