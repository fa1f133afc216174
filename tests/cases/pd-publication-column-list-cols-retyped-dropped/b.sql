-- Columns named in a publication column list are widened (PostgreSQL refuses
-- ALTER COLUMN TYPE while a column list uses them) and one is dropped together
-- with its place in the list; a second publication keeps the table unfiltered.
CREATE TABLE customers (
  id int PRIMARY KEY,
  code varchar(40) NOT NULL,
  score bigint,
  notes text
);
CREATE PUBLICATION crm_sync FOR TABLE customers (id, code, score) WITH (publish = 'insert, update');
CREATE PUBLICATION crm_all FOR TABLE customers;
