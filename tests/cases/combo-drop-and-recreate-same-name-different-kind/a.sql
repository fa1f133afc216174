CREATE TABLE thing (id int);
