CREATE TABLE t (id int PRIMARY KEY, price int, qty int);
