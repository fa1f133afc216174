CREATE TABLE department (id int PRIMARY KEY, name text, head_id int);
CREATE TABLE project (id int PRIMARY KEY, department_id int REFERENCES department);
