CREATE TABLE city (id int PRIMARY KEY, name varchar(100) NOT NULL);
