CREATE TABLE customer (id int PRIMARY KEY, email text NOT NULL, country char(2) NOT NULL);
