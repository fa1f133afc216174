CREATE TYPE full_name AS (first text, last text);
CREATE TABLE contacts (id int PRIMARY KEY, n full_name);
