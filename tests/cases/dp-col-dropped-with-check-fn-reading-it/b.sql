CREATE TABLE seat (id int PRIMARY KEY, row_no int);
