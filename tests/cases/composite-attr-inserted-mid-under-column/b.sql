CREATE TYPE money_amount AS (currency char(3), scale int, cents bigint);
COMMENT ON COLUMN money_amount.cents IS 'minor units';
CREATE TABLE invoice (id int PRIMARY KEY, total money_amount, lines money_amount[]);
CREATE VIEW invoice_totals AS SELECT id, (total).cents FROM invoice;
