CREATE TABLE p (id int PRIMARY KEY, code text);
CREATE TABLE c (pid int REFERENCES p (id), v text);
