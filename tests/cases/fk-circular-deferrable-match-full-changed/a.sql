CREATE TABLE department (id int PRIMARY KEY, site int NOT NULL, manager_id int, UNIQUE (site, id));
CREATE TABLE employee (id int PRIMARY KEY, site int, dept_id int,
  CONSTRAINT employee_dept_fk FOREIGN KEY (site, dept_id) REFERENCES department (site, id));
ALTER TABLE department ADD CONSTRAINT department_manager_fk FOREIGN KEY (manager_id) REFERENCES employee DEFERRABLE INITIALLY DEFERRED;
