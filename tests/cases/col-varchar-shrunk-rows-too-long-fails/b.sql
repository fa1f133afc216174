CREATE TABLE city (id int PRIMARY KEY, name varchar(10) NOT NULL);
