-- file_fdw: a foreign table's options and column options change in place, it gains a column,
-- and a view reads it.
CREATE EXTENSION IF NOT EXISTS file_fdw;
CREATE SERVER files FOREIGN DATA WRAPPER file_fdw;
CREATE FOREIGN TABLE import_rates (
  code text OPTIONS (force_not_null 'true'),
  rate numeric
) SERVER files OPTIONS (filename '/tmp/rates.csv', format 'csv', header 'true');
CREATE VIEW rates AS SELECT code, rate FROM import_rates;
