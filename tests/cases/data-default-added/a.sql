CREATE TABLE item (id int PRIMARY KEY, qty int, created date, tag text);
