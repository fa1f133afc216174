CREATE TABLE emp (id int PRIMARY KEY, name text NOT NULL, dept text, salary int);
CREATE VIEW emp_pub AS SELECT id, name FROM emp;
CREATE VIEW emp_names AS SELECT name FROM emp_pub;
CREATE FUNCTION emp_search(q text) RETURNS SETOF emp_pub LANGUAGE sql STABLE
BEGIN ATOMIC SELECT * FROM emp_pub WHERE name LIKE q; END;
CREATE FUNCTION emp_search_plain(q text) RETURNS SETOF emp_pub LANGUAGE sql STABLE
AS $$ SELECT * FROM emp_pub WHERE name LIKE q $$;
