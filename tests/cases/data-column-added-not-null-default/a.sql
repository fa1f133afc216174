CREATE TABLE product (id int PRIMARY KEY, name text NOT NULL);
