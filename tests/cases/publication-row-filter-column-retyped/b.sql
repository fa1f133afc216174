-- A publication's row filter and column list use columns that change: the status column is
-- retyped (PostgreSQL refuses while a publication WHERE uses it) and the note column in the
-- column list is dropped.
CREATE TABLE orders (id int PRIMARY KEY, status text NOT NULL, total numeric);
CREATE PUBLICATION pub_orders FOR TABLE orders (id, status) WHERE (status <> 'draft')
  WITH (publish = 'insert, update');
