-- file_fdw: a foreign table's options and column options change in place, it gains a column,
-- and a view reads it.
CREATE EXTENSION IF NOT EXISTS file_fdw;
CREATE SERVER files FOREIGN DATA WRAPPER file_fdw;
CREATE FOREIGN TABLE import_rates (
  code text OPTIONS (force_null 'true'),
  rate numeric,
  fetched date
) SERVER files OPTIONS (filename '/tmp/rates_v2.csv', format 'csv', delimiter ';');
CREATE VIEW rates AS SELECT code, rate FROM import_rates;
