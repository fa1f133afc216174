CREATE TABLE employee (id int PRIMARY KEY, name text NOT NULL, salary int NOT NULL DEFAULT 0, dept text NOT NULL);
CREATE VIEW employee_pub AS SELECT id, name, salary, dept FROM employee;
CREATE FUNCTION dept_staff(d text) RETURNS SETOF employee_pub LANGUAGE sql STABLE
BEGIN ATOMIC SELECT * FROM employee_pub WHERE dept = d; END;
CREATE VIEW sales_staff AS SELECT id, name FROM dept_staff('sales');
