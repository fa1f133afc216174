CREATE SCHEMA s;
CREATE TABLE orders (id int PRIMARY KEY, status text, note text);
CREATE TABLE s.other (id int PRIMARY KEY);
