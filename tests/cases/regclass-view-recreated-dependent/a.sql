CREATE TABLE items (id int PRIMARY KEY, qty int);
CREATE VIEW item_qty AS SELECT id, qty FROM items;
CREATE TABLE audit (id int PRIMARY KEY, target regclass);
