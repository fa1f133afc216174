CREATE TABLE categories (id int PRIMARY KEY, parent_id int REFERENCES categories ON DELETE CASCADE, name text NOT NULL);
CREATE INDEX categories_parent ON categories (parent_id);
