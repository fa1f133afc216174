-- Two columns of a table retyped while other tables hold its row type (one as an array, one
-- read by a view and an index): they hold text around the ALTERs, then the row type again.
CREATE TABLE product (id int, price int, name varchar(20));
CREATE TABLE price_history (at date, snapshot product);
CREATE INDEX price_history_snapshot ON price_history (snapshot);
CREATE TABLE basket (items product[]);
CREATE VIEW latest AS SELECT at, (snapshot).price FROM price_history;
