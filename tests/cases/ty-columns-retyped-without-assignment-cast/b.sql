CREATE TABLE shape (id int PRIMARY KEY, flag int, level boolean, code text);
