-- A composite type replaced by a table of the same name (its row type) while columns hold it,
-- one as an array and one read by a view: they hold text across, the view goes around.
CREATE TYPE money_amount AS (amount numeric(12,2), currency char(3));
CREATE TABLE invoice (id int PRIMARY KEY, total money_amount, lines money_amount[]);
CREATE VIEW invoice_totals AS SELECT id, (total).amount FROM invoice;
