CREATE TABLE codes (id int PRIMARY KEY, code int);
