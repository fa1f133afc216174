CREATE TABLE categories (id int PRIMARY KEY, parent_id int REFERENCES categories, name text NOT NULL);
CREATE RECURSIVE VIEW category_tree (id, name, depth, path) AS
  SELECT id, name, 1, name FROM categories WHERE parent_id IS NULL
  UNION ALL
  SELECT c.id, c.name, t.depth + 1, t.path || ' / ' || c.name FROM categories c JOIN category_tree t ON c.parent_id = t.id;
CREATE VIEW leaf_paths AS SELECT t.path FROM category_tree t WHERE NOT EXISTS (SELECT 1 FROM categories c WHERE c.parent_id = t.id);
