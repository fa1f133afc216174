CREATE TABLE employee (id int PRIMARY KEY, name text NOT NULL, manager_id int,
  CONSTRAINT employee_manager_fk FOREIGN KEY (manager_id) REFERENCES employee (id) DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX employee_manager ON employee (manager_id);
