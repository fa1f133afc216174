-- Columns named in a publication column list are widened (PostgreSQL refuses
-- ALTER COLUMN TYPE while a column list uses them) and one is dropped together
-- with its place in the list; a second publication keeps the table unfiltered.
CREATE TABLE customers (
  id int PRIMARY KEY,
  code varchar(10) NOT NULL,
  score int,
  legacy_flag boolean,
  notes text
);
CREATE PUBLICATION crm_sync FOR TABLE customers (id, code, score, legacy_flag) WITH (publish = 'insert, update');
CREATE PUBLICATION crm_all FOR TABLE customers;
