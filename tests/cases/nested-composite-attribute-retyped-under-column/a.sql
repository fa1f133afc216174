-- A composite nested in another composite, held by a table column, has an attribute widened.
CREATE TYPE money_amt AS (cents int, currency char(3));
CREATE TYPE order_line AS (sku text, price money_amt, qty int);
CREATE TABLE purchase (id int PRIMARY KEY, line order_line NOT NULL);
CREATE VIEW purchase_prices AS SELECT id, ((line).price).cents AS cents FROM purchase;
