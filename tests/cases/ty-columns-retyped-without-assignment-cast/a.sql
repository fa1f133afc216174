CREATE TABLE shape (id int PRIMARY KEY, flag boolean, level int, code int);
