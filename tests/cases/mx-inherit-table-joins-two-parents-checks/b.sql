CREATE TABLE p_qty (qty int NOT NULL, CONSTRAINT qty_pos CHECK (qty > 0), CONSTRAINT only_here CHECK (qty < 1000) NO INHERIT);
CREATE TABLE p_sku (sku text NOT NULL DEFAULT 'none', CONSTRAINT sku_upper CHECK (sku = upper(sku)));
CREATE TABLE line (id int PRIMARY KEY, sku text, qty int, note text) INHERITS (p_qty, p_sku);
CREATE VIEW all_qty AS SELECT qty FROM p_qty;
