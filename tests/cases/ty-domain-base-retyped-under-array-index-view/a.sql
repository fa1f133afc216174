CREATE DOMAIN cents AS int CHECK (VALUE >= 0);
CREATE TABLE price_list (id int PRIMARY KEY, prices cents[] NOT NULL DEFAULT '{}', base cents DEFAULT 0);
CREATE INDEX price_list_base ON price_list (base);
CREATE VIEW price_list_first AS SELECT id, prices[1] AS first_price FROM price_list;
