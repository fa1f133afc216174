-- A standalone table joins two existing parents at once. It already has a CHECK named like a parent's but with another
-- expression (INHERIT would refuse it), a nullable column a parent declares NOT NULL, and a parent's NO INHERIT check
-- that it must not receive. Parents have rows of their own.
CREATE TABLE p_qty (qty int NOT NULL, CONSTRAINT qty_pos CHECK (qty > 0), CONSTRAINT only_here CHECK (qty < 1000) NO INHERIT);
CREATE TABLE p_sku (sku text NOT NULL DEFAULT 'none', CONSTRAINT sku_upper CHECK (sku = upper(sku)));
CREATE TABLE line (qty int, sku text, id int PRIMARY KEY, note text, CONSTRAINT qty_pos CHECK (qty >= 0));
CREATE VIEW all_qty AS SELECT qty FROM p_qty;
