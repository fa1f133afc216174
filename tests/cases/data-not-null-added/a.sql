CREATE TABLE customer (id int PRIMARY KEY, email text, country char(2));
