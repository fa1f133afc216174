CREATE TABLE items (id int PRIMARY KEY, name text);
CREATE VIEW item_names AS SELECT id::bigint AS id, name FROM items;
CREATE TABLE audit (id int PRIMARY KEY, target regclass NOT NULL DEFAULT 'public.item_names'::regclass);
