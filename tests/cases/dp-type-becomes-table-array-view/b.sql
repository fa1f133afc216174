CREATE TABLE money_amount (amount numeric(12,2), currency char(3));
CREATE TABLE invoice (id int PRIMARY KEY, total money_amount, lines money_amount[]);
CREATE VIEW invoice_totals AS SELECT id, (total).amount FROM invoice;
