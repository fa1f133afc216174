CREATE TABLE categories (id bigint PRIMARY KEY, parent_id bigint REFERENCES categories ON DELETE CASCADE, name text NOT NULL);
CREATE INDEX categories_parent ON categories (parent_id);
