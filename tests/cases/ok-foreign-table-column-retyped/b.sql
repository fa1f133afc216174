-- Columns of a foreign table are retyped (no rows locally, no rewrite), one with a view on it.
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s FOREIGN DATA WRAPPER w;
CREATE FOREIGN TABLE rates (code char(3) NOT NULL, rate numeric(12,6), note text) SERVER s
  OPTIONS (table_name 'fx_rates');
CREATE VIEW rates_eur AS SELECT rate FROM rates WHERE code = 'EUR';
