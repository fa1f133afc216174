CREATE SCHEMA s;
CREATE TABLE orders (id int PRIMARY KEY, status text, note text);
CREATE TABLE s.other (id int PRIMARY KEY);
CREATE PUBLICATION pub_orders FOR TABLE orders (id, status) WHERE (status <> 'draft') WITH (publish = 'insert, update');
CREATE PUBLICATION pub_schema FOR TABLES IN SCHEMA s, TABLE orders;
CREATE PUBLICATION pub_all FOR ALL TABLES;
CREATE PUBLICATION pub_empty;
COMMENT ON PUBLICATION pub_all IS 'everything';
