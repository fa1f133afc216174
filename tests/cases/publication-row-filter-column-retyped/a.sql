-- A publication's row filter and column list use columns that change: the status column is
-- retyped (PostgreSQL refuses while a publication WHERE uses it) and the note column in the
-- column list is dropped.
CREATE TABLE orders (id int PRIMARY KEY, status varchar(10) NOT NULL, note text, total numeric);
CREATE PUBLICATION pub_orders FOR TABLE orders (id, status, note) WHERE (status <> 'draft')
  WITH (publish = 'insert, update');
