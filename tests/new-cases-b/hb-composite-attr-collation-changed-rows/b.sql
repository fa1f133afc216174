CREATE TYPE full_name AS (first text COLLATE "C", last text);
CREATE TABLE contacts (id int PRIMARY KEY, n full_name);
