CREATE TABLE p (id int, code text, PRIMARY KEY (id) INCLUDE (code) WITH (fillfactor = 90));
CREATE TABLE c (pid int REFERENCES p (id), v text);
