CREATE TABLE department (id int PRIMARY KEY, name text, head_id int);
CREATE TABLE staff (id int PRIMARY KEY, name text, department_id int REFERENCES department);
ALTER TABLE department ADD CONSTRAINT department_head_fk FOREIGN KEY (head_id) REFERENCES staff DEFERRABLE INITIALLY DEFERRED;
CREATE TABLE project (id int PRIMARY KEY, department_id int REFERENCES department);
