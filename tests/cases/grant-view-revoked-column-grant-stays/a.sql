CREATE TABLE emp (id int PRIMARY KEY, name text, salary numeric);
CREATE VIEW emp_v AS SELECT id, name, salary FROM emp;
GRANT SELECT ON emp_v TO "Mixed Role";
GRANT SELECT (id, name) ON emp_v TO "Mixed Role";
